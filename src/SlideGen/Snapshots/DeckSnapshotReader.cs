using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using SixLabors.ImageSharp;
using SlideGen.Diagnostics;
using A = DocumentFormat.OpenXml.Drawing;

namespace SlideGen.Snapshots;

/// <summary>Reads a PresentationML package into a <see cref="DeckSnapshot"/>, resolving what the slides inherit.</summary>
internal static class DeckSnapshotReader
{
    public static DeckSnapshot Read(Stream stream, string name)
    {
        try
        {
            using var document = PresentationDocument.Open(stream, isEditable: false);
            return ReadDocument(document, name);
        }
        catch (SlideGenException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or InvalidOperationException
                                    or System.Xml.XmlException or ArgumentException or NotSupportedException or FormatException)
        {
            throw new SlideGenException(new SourcePosition(name), $"not a readable PowerPoint deck (.pptx): {OneLine(e.Message)}", ExitCodes.InputUnreadable, e);
        }
    }

    private static DeckSnapshot ReadDocument(PresentationDocument document, string name)
    {
        var presentationPart = document.PresentationPart
            ?? throw new SlideGenException(new SourcePosition(name), "not a PowerPoint deck (.pptx): it has no presentation part", ExitCodes.InputUnreadable);
        var presentation = presentationPart.Presentation
            ?? throw new SlideGenException(new SourcePosition(name), "not a PowerPoint deck (.pptx): its presentation part is empty", ExitCodes.InputUnreadable);

        var theme = FirstMaster(presentationPart)?.ThemePart?.Theme ?? presentationPart.ThemePart?.Theme;
        var slides = new List<SlideSnapshot>();
        foreach (var slideId in presentation.SlideIdList?.Elements<SlideId>() ?? [])
        {
            if (slideId.RelationshipId?.Value is not { } relId) continue;
            if (presentationPart.GetPartById(relId) is SlidePart slidePart)
                slides.Add(ReadSlide(slidePart, slides.Count + 1));
        }

        return new DeckSnapshot
        {
            // PowerPoint's default when a deck omits sldSz is 4:3 at 10 x 7.5 inches.
            WidthEmu = presentation.SlideSize?.Cx?.Value ?? 9144000,
            HeightEmu = presentation.SlideSize?.Cy?.Value ?? 6858000,
            ThemeName = theme?.Name?.Value,
            Colors = ReadColors(theme),
            Fonts = ReadFonts(theme),
            Slides = slides,
        };
    }

    private static SlideMasterPart? FirstMaster(PresentationPart presentationPart)
    {
        var firstId = presentationPart.Presentation?.SlideMasterIdList?.Elements<SlideMasterId>().FirstOrDefault()?.RelationshipId?.Value;
        if (firstId is not null && presentationPart.GetPartById(firstId) is SlideMasterPart master) return master;
        return presentationPart.SlideMasterParts.FirstOrDefault();
    }

    private static readonly string[] SchemeColorNames = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

    private static List<ThemeColor> ReadColors(A.Theme? theme)
    {
        var scheme = theme?.ThemeElements?.ColorScheme;
        var colors = new List<ThemeColor>();
        if (scheme is null) return colors;
        foreach (var name in SchemeColorNames)
        {
            var slot = scheme.Elements().FirstOrDefault(e => e.LocalName == name);
            var color = slot?.FirstChild;
            if (color is null) continue;
            var value = color switch
            {
                A.RgbColorModelHex rgb => rgb.Val?.Value,
                // System colours depend on the viewer's settings; lastClr is what the saving application saw.
                A.SystemColor system => system.LastColor?.Value ?? "sys:" + system.Val?.InnerText,
                _ => color.LocalName,
            };
            colors.Add(new ThemeColor(name, value?.ToUpperInvariant() ?? ""));
        }
        return colors;
    }

    private static ThemeFonts ReadFonts(A.Theme? theme)
    {
        var scheme = theme?.ThemeElements?.FontScheme;
        return new ThemeFonts(
            scheme?.MajorFont?.LatinFont?.Typeface?.Value ?? "",
            scheme?.MajorFont?.EastAsianFont?.Typeface?.Value ?? "",
            scheme?.MinorFont?.LatinFont?.Typeface?.Value ?? "",
            scheme?.MinorFont?.EastAsianFont?.Typeface?.Value ?? "");
    }

    private static SlideSnapshot ReadSlide(SlidePart slidePart, int number)
    {
        var slide = slidePart.Slide;
        var context = new SlideContext(slidePart);
        string? title = null;
        var shapes = new List<ShapeSnapshot>();
        foreach (var element in Drawables(slide?.CommonSlideData?.ShapeTree))
        {
            switch (element)
            {
                case Shape shape:
                    var placeholder = PlaceholderOf(shape);
                    if (Classify(placeholder) is not { } role) break;
                    var paragraphs = Paragraphs(shape.TextBody, placeholder, context);
                    if (role.IsTitle && title is null)
                    {
                        title = string.Join("\n", paragraphs.Select(p => p.Text));
                        break;
                    }
                    if (paragraphs.Count > 0) shapes.Add(new ShapeSnapshot { Kind = role.Kind, Paragraphs = paragraphs });
                    break;
                case Picture picture:
                    if (ReadPicture(picture, slidePart) is { } snapshot)
                        shapes.Add(new ShapeSnapshot { Kind = ShapeSnapshotKind.Picture, Picture = snapshot });
                    break;
                case GraphicFrame frame:
                    shapes.Add(ReadGraphicFrame(frame));
                    break;
            }
        }
        return new SlideSnapshot
        {
            Number = number,
            Layout = slidePart.SlideLayoutPart?.SlideLayout?.CommonSlideData?.Name?.Value,
            Hidden = slide?.Show?.Value == false,
            Title = title,
            Shapes = shapes,
            Notes = ReadNotes(slidePart.NotesSlidePart),
        };
    }

    /// <summary>Shapes, pictures and frames in drawing order, looking into groups and markup-compatibility blocks.</summary>
    private static IEnumerable<OpenXmlElement> Drawables(OpenXmlElement? container)
    {
        if (container is null) yield break;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case GroupShape group:
                    foreach (var inner in Drawables(group)) yield return inner;
                    break;
                case AlternateContent alternate:
                    // The fallback is what a reader without the newer features draws; it is also what PowerPoint writes for them.
                    OpenXmlElement? chosen = alternate.GetFirstChild<AlternateContentFallback>() ?? (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>();
                    foreach (var inner in Drawables(chosen)) yield return inner;
                    break;
                case Shape or Picture or GraphicFrame:
                    yield return child;
                    break;
            }
        }
    }

    /// <summary>How a text shape is shown; the first title is lifted to <see cref="SlideSnapshot.Title"/>, later ones are text.</summary>
    private readonly record struct ShapeRole(bool IsTitle, ShapeSnapshotKind Kind);

    private static PlaceholderShape? PlaceholderOf(Shape shape) =>
        shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;

    private static ShapeRole? Classify(PlaceholderShape? placeholder)
    {
        if (placeholder is null) return new(false, ShapeSnapshotKind.Text);
        var type = placeholder.Type?.Value ?? PlaceholderValues.Object;
        if (type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle) return new(true, ShapeSnapshotKind.Text);
        if (type == PlaceholderValues.SubTitle) return new(false, ShapeSnapshotKind.Subtitle);
        if (type == PlaceholderValues.Footer) return new(false, ShapeSnapshotKind.Footer);
        // Slide numbers and dates are filled in by the application and change with the deck's order and the clock.
        if (type == PlaceholderValues.SlideNumber || type == PlaceholderValues.DateAndTime || type == PlaceholderValues.Header
            || type == PlaceholderValues.SlideImage) return null;
        return new(false, ShapeSnapshotKind.Body);
    }

    private static List<ParagraphSnapshot> Paragraphs(OpenXmlElement? textBody, PlaceholderShape? placeholder, SlideContext context)
    {
        var result = new List<ParagraphSnapshot>();
        if (textBody is null) return result;
        var listStyle = textBody.GetFirstChild<A.ListStyle>();
        foreach (var paragraph in textBody.Elements<A.Paragraph>())
        {
            var text = ParagraphText(paragraph);
            if (text.Length == 0) continue;
            var properties = paragraph.ParagraphProperties;
            var level = Math.Clamp(properties?.Level?.Value ?? 0, 0, 8);
            var bullet = BulletOf(properties)
                ?? BulletOf(LevelProperties(listStyle, level))
                ?? context.InheritedBullet(placeholder, level)
                ?? false;
            result.Add(new ParagraphSnapshot(text, level, bullet));
        }
        return result;
    }

    internal static string ParagraphText(A.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case A.Run run: text.Append(run.Text?.Text); break;
                case A.Field field: text.Append(FieldText(field)); break;
                case A.Break: text.Append('\n'); break;
            }
        }
        return Normalize(text.ToString());
    }

    /// <summary>
    /// Slide numbers and dates are shown as PowerPoint shows them on layouts: their cached text changes when slides
    /// move or a deck is opened on another day, which is not a change to review.
    /// </summary>
    private static string? FieldText(A.Field field)
    {
        var type = field.Type?.Value ?? "";
        if (type == "slidenum") return "‹#›";
        if (type.StartsWith("datetime", StringComparison.Ordinal)) return "‹date›";
        return field.Text?.Text;
    }

    /// <summary>LF line ends, vertical tabs (PowerPoint's soft returns in some writers) as LF, no trailing spaces or control characters.</summary>
    internal static string Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\v', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c)) cleaned.Append(c);
        }
        var lines = cleaned.ToString().Split('\n').Select(line => line.TrimEnd());
        return string.Join("\n", lines).Trim('\n');
    }

    private static OpenXmlElement? LevelProperties(OpenXmlElement? listStyle, int level)
    {
        if (listStyle is null) return null;
        var name = $"lvl{level + 1}pPr";
        return listStyle.ChildElements.FirstOrDefault(e => e.LocalName == name);
    }

    private static bool? BulletOf(OpenXmlElement? paragraphProperties)
    {
        if (paragraphProperties is null) return null;
        foreach (var child in paragraphProperties.ChildElements)
        {
            switch (child)
            {
                case A.NoBullet: return false;
                case A.CharacterBullet or A.AutoNumberedBullet or A.PictureBullet: return true;
            }
        }
        return null;
    }

    /// <summary>
    /// Where a paragraph's bullet comes from when the slide does not say: the layout's matching placeholder,
    /// the master's matching placeholder, then the master's text styles.
    /// </summary>
    private sealed class SlideContext(SlidePart slidePart)
    {
        private readonly SlideLayoutPart? _layout = slidePart.SlideLayoutPart;
        private SlideMasterPart? Master => _layout?.SlideMasterPart;

        public bool? InheritedBullet(PlaceholderShape? placeholder, int level)
        {
            if (placeholder is null)
                return BulletOf(LevelProperties(Master?.SlideMaster?.TextStyles?.OtherStyle, level));
            var layoutShape = FindOnLayout(placeholder);
            var fromLayout = BulletOf(LevelProperties(layoutShape?.TextBody?.GetFirstChild<A.ListStyle>(), level));
            if (fromLayout is not null) return fromLayout;
            var masterShape = FindOnMaster(layoutShape is null ? placeholder : PlaceholderOf(layoutShape) ?? placeholder);
            var fromMaster = BulletOf(LevelProperties(masterShape?.TextBody?.GetFirstChild<A.ListStyle>(), level));
            if (fromMaster is not null) return fromMaster;
            var styles = Master?.SlideMaster?.TextStyles;
            var type = placeholder.Type?.Value ?? PlaceholderValues.Object;
            OpenXmlElement? style = type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle ? styles?.TitleStyle : styles?.BodyStyle;
            return BulletOf(LevelProperties(style, level));
        }

        private Shape? FindOnLayout(PlaceholderShape placeholder)
        {
            var shapes = Placeholders(_layout?.SlideLayout?.CommonSlideData?.ShapeTree).ToList();
            if (placeholder.Index?.Value is { } index && index != 0)
            {
                var byIndex = shapes.FirstOrDefault(s => PlaceholderOf(s)?.Index?.Value == index);
                if (byIndex is not null) return byIndex;
            }
            var type = placeholder.Type?.Value ?? PlaceholderValues.Object;
            return shapes.FirstOrDefault(s => (PlaceholderOf(s)?.Type?.Value ?? PlaceholderValues.Object) == type);
        }

        private Shape? FindOnMaster(PlaceholderShape placeholder)
        {
            // A master has one placeholder per family: title, body, date, footer, slide number.
            var type = MasterFamily(placeholder.Type?.Value ?? PlaceholderValues.Object);
            return Placeholders(Master?.SlideMaster?.CommonSlideData?.ShapeTree)
                .FirstOrDefault(s => MasterFamily(PlaceholderOf(s)?.Type?.Value ?? PlaceholderValues.Object) == type);
        }

        private static PlaceholderValues MasterFamily(PlaceholderValues type) =>
            type == PlaceholderValues.CenteredTitle ? PlaceholderValues.Title
            : type == PlaceholderValues.Title || type == PlaceholderValues.DateAndTime || type == PlaceholderValues.Footer
              || type == PlaceholderValues.SlideNumber ? type
            : PlaceholderValues.Body;

        private static IEnumerable<Shape> Placeholders(OpenXmlElement? tree) =>
            Drawables(tree).OfType<Shape>().Where(s => PlaceholderOf(s) is not null);
    }

    private static PictureSnapshot? ReadPicture(Picture picture, SlidePart slidePart)
    {
        var relId = picture.BlipFill?.Blip?.Embed?.Value;
        if (relId is null) return null;
        var extents = picture.ShapeProperties?.Transform2D?.Extents;
        string contentType;
        int? width = null, height = null;
        try
        {
            var part = slidePart.GetPartById(relId);
            contentType = part.ContentType;
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var info = Image.Identify(stream);
            if (info is not null) { width = info.Width; height = info.Height; }
        }
        catch (ArgumentOutOfRangeException)
        {
            contentType = "(missing image part)";
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            // Vector formats (EMF, WMF, SVG) have no pixel size ImageSharp can tell; the content type is still shown.
            contentType = slidePart.GetPartById(relId).ContentType;
        }
        var description = Normalize(picture.NonVisualPictureProperties?.NonVisualDrawingProperties?.Description?.Value ?? "");
        return new PictureSnapshot(extents?.Cx?.Value, extents?.Cy?.Value, contentType, width, height, description.Length == 0 ? null : description);
    }

    private static ShapeSnapshot ReadGraphicFrame(GraphicFrame frame)
    {
        var data = frame.Graphic?.GraphicData;
        if (data?.GetFirstChild<A.Table>() is { } table)
        {
            var rows = table.Elements<A.TableRow>()
                .Select(row => (IReadOnlyList<string>)row.Elements<A.TableCell>()
                    .Select(cell => string.Join("\n", cell.TextBody?.Elements<A.Paragraph>().Select(ParagraphText).Where(t => t.Length > 0) ?? []))
                    .ToList())
                .ToList();
            return new ShapeSnapshot { Kind = ShapeSnapshotKind.Table, Rows = rows };
        }
        var isChart = data?.Uri?.Value == "http://schemas.openxmlformats.org/drawingml/2006/chart";
        return new ShapeSnapshot { Kind = isChart ? ShapeSnapshotKind.Chart : ShapeSnapshotKind.Other };
    }

    private static List<string> ReadNotes(NotesSlidePart? notesPart)
    {
        var notes = new List<string>();
        foreach (var shape in Drawables(notesPart?.NotesSlide?.CommonSlideData?.ShapeTree).OfType<Shape>())
        {
            var type = PlaceholderOf(shape)?.Type?.Value;
            if (type != PlaceholderValues.Body) continue;
            foreach (var paragraph in shape.TextBody?.Elements<A.Paragraph>() ?? [])
            {
                var text = ParagraphText(paragraph);
                if (text.Length > 0) notes.Add(text);
            }
        }
        return notes;
    }

    private static string OneLine(string message) => string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
