using Scriban.Runtime;
using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Planning;

/// <summary>
/// The objects a deck plan sees, built by hand with the snake_case names templates use, so that exactly the
/// documented fields exist (strict member access makes any other name an error). templates/README.md lists them.
/// </summary>
internal sealed class PlanModel
{
    /// <summary>The document images handed to the script, by the object the script sees.</summary>
    private readonly Dictionary<ScriptObject, (SourceImage Image, SourcePosition Position)> _images = new(ReferenceEqualityComparer.Instance);
    private readonly string _sourcePath;

    public ScriptObject Doc { get; }
    public ScriptObject Template { get; }

    /// <summary>Everything the author emphasised; a bullet that contains one is shown with emphasis.</summary>
    public IReadOnlyList<string> Emphasized { get; }

    /// <summary>How the deck is sized: slide level per point, long texts spread, --minutes and --slides.</summary>
    public DeckSizing Sizing { get; }
    public bool Chinese { get; }
    /// <summary>Speaking times in notes are scaled by this: the minutes asked for (--minutes) over the text's own.</summary>
    public double TimeScale => Sizing.Request.Minutes is { } asked && Sizing.TotalMinutes > 0 ? asked / Sizing.TotalMinutes : 1;

    public PlanModel(Outline outline, Template template) : this(outline, template, DeckRequest.Auto) { }

    public PlanModel(Outline outline, Template template, DeckRequest request)
    {
        _sourcePath = outline.SourcePath;
        Chinese = outline.Language != "en";
        Sizing = new DeckSizing(outline, request with { SlideDepth = request.SlideDepth == 0 ? template.SlideDepth : request.SlideDepth, Rate = template.Rate });
        Emphasized = SectionDetector.Flatten(outline.Sections).SelectMany(n => n.Emphasized).Where(e => e.Trim().Length >= 2).Distinct().ToList();
        Doc = BuildDoc(outline);
        Template = BuildTemplate(template);
    }

    /// <summary>The document image behind an object of point.images, and where the point stands in the document.</summary>
    public (SourceImage Image, SourcePosition Position)? ImageFor(object? value) =>
        value is ScriptObject o && _images.TryGetValue(o, out var image) ? image : null;

    private ScriptObject BuildDoc(Outline outline)
    {
        var points = new ScriptArray();
        var sections = new ScriptArray();
        for (var i = 0; i < outline.Sections.Count; i++)
            sections.Add(BuildNode(outline.Sections[i], i + 1, points));
        return new ScriptObject
        {
            ["title"] = outline.Title,
            ["subtitle"] = outline.Subtitle,
            ["speaker"] = outline.Speaker,
            ["occasion"] = outline.Occasion,
            ["date"] = outline.Date,
            ["language"] = outline.Language,
            ["salutation"] = outline.Salutation,
            ["opening"] = outline.Opening,
            ["closing"] = outline.Closing,
            ["announced_count"] = outline.AnnouncedCount,
            ["warnings"] = new ScriptArray(outline.Warnings),
            ["sections"] = sections,
            ["points"] = points,
            ["speaking_minutes"] = SpeakingTime.Rounded(Sizing.TotalMinutes),
            ["target_minutes"] = Sizing.Request.Minutes,
            ["opening_slides"] = Parts(Sizing.OpeningSlides(Chinese ? "引言" : "Introduction", [], Chinese), new ScriptArray()),
        };
    }

    private ScriptObject BuildNode(OutlineNode node, int index, ScriptArray points)
    {
        var result = new ScriptObject();
        // Document order: a point comes before the points under it.
        points.Add(result);
        var children = new ScriptArray();
        for (var i = 0; i < node.Children.Count; i++)
            children.Add(BuildNode(node.Children[i], i + 1, points));
        var images = new ScriptArray();
        foreach (var image in node.Images)
        {
            var imageObject = new ScriptObject { ["name"] = image.Name, ["content_type"] = image.ContentType };
            _images[imageObject] = (image, new SourcePosition(_sourcePath, node.Line));
            images.Add(imageObject);
        }
        var heading = (node.Marker + node.Title).Trim();
        result["marker"] = node.Marker;
        result["heading"] = node.Heading;
        result["title"] = node.Title;
        result["body"] = node.Body;
        result["bullets"] = new ScriptArray(node.Bullets);
        result["full_text"] = node.FullText;
        // OwnText is the point's paragraphs as written; rebuilding it from heading and body would drop the 。 between them.
        result["own_text"] = node.OwnText.Length > 0 ? node.OwnText : node.Body.Length > 0 ? heading + "\n" + node.Body : heading;
        result["level"] = node.Level;
        result["index"] = index;
        result["line"] = node.Line;
        result["style"] = node.Style;
        result["children"] = children;
        result["images"] = images;
        var sizing = Sizing.For(node)!;
        result["minutes"] = SpeakingTime.Rounded(sizing.Minutes);
        result["folded"] = sizing.Folded && !sizing.Merged;
        result["merged"] = sizing.Merged;
        result["overview"] = sizing.Overview && !sizing.Folded;
        // The overview slide's notes: its own text, after that of the points above it that have no slide of their own.
        result["overview_notes"] = DeckSizing.JoinLines(sizing.Lead, result["own_text"] as string ?? "");
        result["label"] = SectionLabels.Of(node, index, Chinese);
        // A point shown on its own slide shows the pictures of the sub-points it folds too.
        result["slides"] = sizing.Folded && !sizing.Merged ? Parts(Sizing.PartsOf(sizing, Chinese), FoldedImages(result)) : new ScriptArray();
        return result;
    }

    private static ScriptArray FoldedImages(ScriptObject point)
    {
        var images = new ScriptArray();
        void Add(ScriptObject p)
        {
            if (p["images"] is ScriptArray own) foreach (var image in own) images.Add(image);
            if (p["children"] is ScriptArray children) foreach (var child in children.OfType<ScriptObject>()) Add(child);
        }
        Add(point);
        return images;
    }

    /// <summary>The slides of a point (or of the opening) as the plan sees them: title, bullets, notes, minutes, images (on the first).</summary>
    private static ScriptArray Parts(List<SlidePart> parts, ScriptArray images)
    {
        var result = new ScriptArray();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            result.Add(new ScriptObject
            {
                ["title"] = part.Title,
                ["bullets"] = new ScriptArray(part.Bullets.Select(b => b.Text)),
                ["notes"] = part.Notes,
                ["minutes"] = SpeakingTime.Rounded(part.Minutes),
                ["images"] = i == 0 ? images : new ScriptArray(),
            });
        }
        return result;
    }

    private static ScriptObject BuildTemplate(Template template)
    {
        var theme = template.Theme;
        var layouts = new ScriptObject();
        foreach (var kind in Planning.Template.SlideKinds)
            layouts[kind] = template.Layouts.TryGetValue(kind, out var layout) ? layout : null;
        return new ScriptObject
        {
            ["name"] = template.Name,
            ["description"] = template.Description,
            ["slide_size"] = theme.Size == Decks.SlideSize.Standard4x3 ? "4:3" : "16:9",
            ["fonts"] = new ScriptObject
            {
                ["latin"] = theme.LatinFont,
                ["east_asian"] = theme.EastAsianFont,
                ["heading_latin"] = theme.HeadingLatinFont,
                ["heading_east_asian"] = theme.HeadingEastAsianFont,
            },
            ["colors"] = new ScriptObject
            {
                ["background"] = theme.Background,
                ["text"] = theme.Text,
                ["title"] = theme.Title,
                ["accent"] = theme.Accent,
                ["accent2"] = theme.Accent2,
                ["emphasis_background"] = theme.EmphasisBackground,
                ["emphasis_text"] = theme.EmphasisText,
            },
            ["layouts"] = layouts,
            ["slide_depth"] = template.SlideDepth == 0 ? "auto" : template.SlideDepth,
        };
    }
}
