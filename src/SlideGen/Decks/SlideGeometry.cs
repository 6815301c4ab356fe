namespace SlideGen.Decks;

/// <summary>A rectangle on a slide in EMU (914400 per inch, 12700 per point).</summary>
public readonly record struct Box(long X, long Y, long Width, long Height)
{
    public long Right => X + Width;
    public long Bottom => Y + Height;
}

/// <summary>Where the title and the body of one kind of slide go, and how text sits in them.</summary>
public sealed record KindBoxes(Box Title, Box Body, TextAlignment Alignment = TextAlignment.Left);

public enum TextAlignment { Left, Center }

/// <summary>
/// The boxes the writer draws text into and the fitter measures text against. Both must use the same
/// numbers, or the fitter's promise that text fits means nothing; so they live here and nowhere else.
/// </summary>
public sealed class SlideGeometry
{
    public const long EmuPerInch = 914400;
    public const long EmuPerPoint = 12700;
    public const long SlideHeightEmu = 6858000;
    public const long WidescreenWidthEmu = 12192000;
    public const long StandardWidthEmu = 9144000;

    /// <summary>Text insets inside every text box the writer creates (written explicitly on bodyPr).</summary>
    public const long InsetX = 91440;
    public const long InsetY = 45720;

    /// <summary>Line height as a multiple of the font size; written as exact spacing, so renderers agree.</summary>
    public const double LineSpacing = 1.2;
    /// <summary>Space before every paragraph but the first, as a multiple of that paragraph's font size.</summary>
    public const double ParagraphGap = 0.4;
    /// <summary>Agenda items are few and short; more air between them reads as a list of parts.</summary>
    public const double AgendaParagraphGap = 0.9;

    public static double ParagraphGapFor(SlideKind kind) => kind == SlideKind.Agenda ? AgendaParagraphGap : ParagraphGap;
    /// <summary>Font sizes drop by this many points per bullet level, down to <see cref="MinimumLevelFontSize"/>.</summary>
    public const double LevelFontStep = 2;
    public const double MinimumLevelFontSize = 12;

    private const long Margin = 548640; // 0.6 in
    private const long Gap = 228600; // 0.25 in

    private readonly KindBoxes[] kinds;

    public SlideGeometry(long slideWidth, long slideHeight, IReadOnlyDictionary<SlideKind, KindBoxes> boxes)
    {
        SlideWidth = slideWidth;
        SlideHeight = slideHeight;
        kinds = new KindBoxes[Enum.GetValues<SlideKind>().Length];
        foreach (var kind in Enum.GetValues<SlideKind>())
            kinds[(int)kind] = boxes[kind];
    }

    public long SlideWidth { get; }
    public long SlideHeight { get; }

    /// <summary>False for reference decks, whose own layouts decide decoration.</summary>
    public bool IsBuiltIn { get; private init; }

    public KindBoxes For(SlideKind kind) => kinds[(int)kind];

    /// <summary>The body box; beside a content image it takes the left part of the body area.</summary>
    public Box Body(SlideKind kind, bool besideImage)
    {
        var body = For(kind).Body;
        if (!besideImage)
            return body;
        return body with { Width = (long)((body.Width - Gap) * 0.56) };
    }

    /// <summary>Where content images go: right of the bullets, or the whole body area when there are none.</summary>
    public Box ImageArea(SlideKind kind, bool besideText)
    {
        var body = For(kind).Body;
        if (!besideText)
            return body;
        var text = Body(kind, besideImage: true);
        return body with { X = text.Right + Gap, Width = body.Right - text.Right - Gap };
    }

    /// <summary>The content images of a slide, each with the cell it is fitted into: the image area split top to bottom.</summary>
    public IEnumerable<(SlideImage Image, Box Cell)> ContentImageCells(Slide slide)
    {
        var images = slide.Images.Where(i => i.Role == ImageRole.Content).ToList();
        if (images.Count == 0)
            yield break;
        var besideText = slide.Bullets.Count > 0 && slide.Kind is SlideKind.Content or SlideKind.Agenda;
        var area = ImageArea(slide.Kind is SlideKind.Content or SlideKind.Agenda ? slide.Kind : SlideKind.Content, besideText);
        const long gap = 137160;
        var cellHeight = (area.Height - gap * (images.Count - 1)) / images.Count;
        for (var i = 0; i < images.Count; i++)
            yield return (images[i], area with { Y = area.Y + i * (cellHeight + gap), Height = cellHeight });
    }

    /// <summary>Slide number, bottom right.</summary>
    public Box SlideNumber => new(SlideWidth - Margin - 1097280, SlideHeight - 502920, 1097280, 365760);

    /// <summary>Logo, bottom left, in the footer strip below the body.</summary>
    public Box LogoArea => new(Margin, SlideHeight - 521208, 1828800, 402336);

    /// <summary>The rule under content titles.</summary>
    public Box TitleRule(SlideKind kind)
    {
        var title = For(kind).Title;
        return new Box(title.X, title.Bottom + 45720, title.Width, 19050);
    }

    /// <summary>The short thick accent segment laid over the left end of the title rule.</summary>
    public Box TitleRuleAccent(SlideKind kind)
    {
        var rule = TitleRule(kind);
        return new Box(rule.X, rule.Y - 19050, 1097280, 57150);
    }

    /// <summary>Usable text width in points for a paragraph indented by <paramref name="leftMarginEmu"/>.</summary>
    public static double TextWidthPoints(Box box, long leftMarginEmu) =>
        (box.Width - 2 * InsetX - leftMarginEmu) / (double)EmuPerPoint;

    public static double TextHeightPoints(Box box) => (box.Height - 2 * InsetY) / (double)EmuPerPoint;

    /// <summary>Hanging indent of bulleted paragraphs by level; the bullet sits in the hanging part.</summary>
    public static long BulletMargin(int level) => 342900 + 400050L * Math.Clamp(level, 0, 4);

    public const long BulletHanging = 342900;
    public const long NumberedMargin = 514350;

    public static double LevelFontSize(double bodySize, int level) =>
        Math.Max(MinimumLevelFontSize, bodySize - LevelFontStep * Math.Clamp(level, 0, 4));

    public static SlideGeometry BuiltIn(SlideSize size)
    {
        var width = size == SlideSize.Standard4x3 ? StandardWidthEmu : WidescreenWidthEmu;
        var height = SlideHeightEmu;
        var inner = width - 2 * Margin;

        // Content and agenda: title across the top, a rule under it, the body down to the footer strip.
        var contentTitle = new Box(Margin, 320040, inner, 914400);
        var contentBody = new Box(Margin, 1463040, inner, height - 594360 - 1463040);
        var content = new KindBoxes(contentTitle, contentBody);

        // Title and closing: centred title in the upper half, subtitle below an accent rule.
        var indent = 365760L;
        var centredTitle = new Box(Margin + indent, 1600200, inner - 2 * indent, 1737360);
        var centredSubtitle = new Box(Margin + indent, 3749040, inner - 2 * indent, 1463040);
        var centred = new KindBoxes(centredTitle, centredSubtitle, TextAlignment.Center);

        // Section: large left-aligned title beside an accent bar, optional line under it.
        var sectionTitle = new Box(Margin + indent, 1828800, inner - 2 * indent, 1828800);
        var sectionSubtitle = new Box(Margin + indent, 3840480, inner - 2 * indent, 1097280);
        var section = new KindBoxes(sectionTitle, sectionSubtitle);

        var boxes = new Dictionary<SlideKind, KindBoxes>
        {
            [SlideKind.Title] = centred,
            [SlideKind.Agenda] = content,
            [SlideKind.Section] = section,
            [SlideKind.Content] = content,
            [SlideKind.Closing] = centred,
        };
        return new SlideGeometry(width, height, boxes) { IsBuiltIn = true };
    }
}
