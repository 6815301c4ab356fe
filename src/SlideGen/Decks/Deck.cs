namespace SlideGen.Decks;

/// <summary>
/// The deck as planned: plain data, no OpenXml types. The template produces it, the fitter adjusts it
/// to the slide boxes, the writer turns it into a .pptx.
/// </summary>
public sealed class Deck
{
    public string Title { get; set; } = "";
    public string? Author { get; set; }
    /// <summary>Language tag for text runs ("zh-CN", "en-US").</summary>
    public string Language { get; set; } = "zh-CN";
    public DeckTheme Theme { get; set; } = new();
    public List<Slide> Slides { get; } = [];
    /// <summary>Document dates written into docProps/core.xml; fixed so that output is byte-stable.</summary>
    public DateTimeOffset Created { get; set; } = DeckDefaults.Epoch;
}

public static class DeckDefaults
{
    /// <summary>The date written when neither an option nor SOURCE_DATE_EPOCH gives one.</summary>
    public static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>Which kind of slide; each maps to a layout (by name in a reference deck, or built in).</summary>
public enum SlideKind { Title, Agenda, Section, Content, Closing }

public sealed class Slide
{
    public SlideKind Kind { get; set; } = SlideKind.Content;
    /// <summary>Layout name to look up in a reference deck ("Title Slide", "Title and Content", "Section Header").</summary>
    public string? LayoutName { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public List<Bullet> Bullets { get; } = [];
    public string Notes { get; set; } = "";
    public List<SlideImage> Images { get; } = [];
    /// <summary>Font size (points) chosen by the fitter for the body; null until fitted.</summary>
    public double? BodyFontSize { get; set; }
    public double? TitleFontSize { get; set; }
    /// <summary>Number of the first item of a numbered (agenda) list; above 1 on continuation slides.</summary>
    public int FirstNumber { get; set; } = 1;
}

public sealed record Bullet(string Text, int Level = 0, bool Emphasis = false);

/// <summary>An image placed on a slide; bytes are PNG or JPEG, already checked and downscaled.</summary>
public sealed record SlideImage(string Name, byte[] Bytes, string ContentType, int PixelWidth, int PixelHeight, ImageRole Role = ImageRole.Content);

public enum ImageRole { Content, Logo, Background }

public enum SlideSize { Widescreen16x9, Standard4x3 }

/// <summary>How the deck looks: what template.json sets and the writer's theme uses.</summary>
public sealed class DeckTheme
{
    public string Name { get; set; } = "SlideGen";
    public SlideSize Size { get; set; } = SlideSize.Widescreen16x9;
    public string LatinFont { get; set; } = "Calibri";
    public string EastAsianFont { get; set; } = "Noto Sans CJK SC";
    public string HeadingLatinFont { get; set; } = "Calibri";
    public string HeadingEastAsianFont { get; set; } = "Noto Sans CJK SC";
    /// <summary>Colours as RRGGBB hex.</summary>
    public string Background { get; set; } = "FFFFFF";
    public string Text { get; set; } = "1F2937";
    public string Title { get; set; } = "1F3A5F";
    public string Accent { get; set; } = "2563EB";
    public string Accent2 { get; set; } = "F59E0B";
    /// <summary>Background of title, section and closing slides.</summary>
    public string EmphasisBackground { get; set; } = "1F3A5F";
    public string EmphasisText { get; set; } = "FFFFFF";
    public SlideImage? Logo { get; set; }
    public SlideImage? BackgroundImage { get; set; }
    /// <summary>A user's deck whose masters, layouts and theme are used by layout name.</summary>
    public string? ReferenceDeckPath { get; set; }
}
