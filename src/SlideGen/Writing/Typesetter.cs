using System.Globalization;
using System.Xml.Linq;
using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

internal enum BulletKind { None, Character, Number }

/// <summary>How one paragraph is laid out; sizes in points, margins in EMU.</summary>
internal sealed record ParagraphFormat(
    double Size,
    TextAlignment Alignment = TextAlignment.Left,
    BulletKind Bullet = BulletKind.None,
    int Level = 0,
    long MarginLeft = 0,
    long Indent = 0,
    int StartAt = 1,
    double SpaceBefore = 0,
    string? BulletColor = null);

/// <summary>How the characters of one run look.</summary>
internal sealed record RunFormat(double Size, string? Color, bool Bold = false, bool Heading = false);

/// <summary>
/// Turns text into DrawingML paragraphs and runs. Every run states its size (the fitter chose it), its
/// language and alternative language, and its fonts, so that no renderer has to guess or autofit.
/// </summary>
internal sealed class Typesetter
{
    private readonly string language;
    private readonly string alternativeLanguage;
    private readonly DeckTheme theme;
    private readonly bool explicitFonts;
    private readonly string eastAsianFallback;

    /// <param name="explicitFonts">False for reference decks: their theme fonts apply, except where CJK text needs an East Asian font they lack.</param>
    /// <param name="eastAsianFallback">The East Asian font for CJK runs when fonts are not explicit.</param>
    public Typesetter(Deck deck, bool explicitFonts, string eastAsianFallback)
    {
        language = string.IsNullOrWhiteSpace(deck.Language) ? "zh-CN" : deck.Language;
        alternativeLanguage = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "en-US" : "zh-CN";
        theme = deck.Theme;
        this.explicitFonts = explicitFonts;
        this.eastAsianFallback = eastAsianFallback;
    }

    public static string Hundredths(double points) => ((int)Math.Round(points * 100)).ToString(CultureInfo.InvariantCulture);

    public XElement RunProperties(string text, RunFormat format, string elementName = "rPr")
    {
        var properties = new XElement(A + elementName,
            new XAttribute("lang", language),
            new XAttribute("altLang", alternativeLanguage),
            new XAttribute("sz", Hundredths(format.Size)));
        if (format.Bold)
            properties.Add(new XAttribute("b", 1));
        properties.Add(new XAttribute("dirty", 0));
        if (format.Color is not null)
            properties.Add(SolidFill(format.Color));
        if (explicitFonts)
        {
            properties.Add(new XElement(A + "latin", new XAttribute("typeface", format.Heading ? theme.HeadingLatinFont : theme.LatinFont)));
            properties.Add(new XElement(A + "ea", new XAttribute("typeface", format.Heading ? theme.HeadingEastAsianFont : theme.EastAsianFont)));
        }
        else if (TextMeasure.ContainsCjk(text) && eastAsianFallback.Length > 0)
            properties.Add(new XElement(A + "ea", new XAttribute("typeface", eastAsianFallback)));
        return properties;
    }

    public XElement Paragraph(string text, ParagraphFormat paragraph, RunFormat run)
    {
        text = Clean(text);
        var element = new XElement(A + "p", ParagraphProperties(paragraph));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                element.Add(new XElement(A + "br", RunProperties(lines[i], run)));
            if (lines[i].Length > 0)
                element.Add(new XElement(A + "r", RunProperties(lines[i], run), new XElement(A + "t", lines[i])));
        }
        element.Add(RunProperties(text, run, "endParaRPr"));
        return element;
    }

    private static XElement ParagraphProperties(ParagraphFormat format)
    {
        var properties = new XElement(A + "pPr");
        if (format.MarginLeft != 0)
            properties.Add(new XAttribute("marL", format.MarginLeft));
        if (format.Level > 0)
            properties.Add(new XAttribute("lvl", Math.Clamp(format.Level, 0, 8)));
        if (format.Indent != 0)
            properties.Add(new XAttribute("indent", format.Indent));
        properties.Add(new XAttribute("algn", format.Alignment == TextAlignment.Center ? "ctr" : "l"));
        // Chinese breaks between any two characters; Latin words stay whole; punctuation hangs as in print.
        properties.Add(new XAttribute("eaLnBrk", 1), new XAttribute("latinLnBrk", 0), new XAttribute("hangingPunct", 1));

        var lineHeight = format.Size * SlideGeometry.LineSpacing;
        properties.Add(new XElement(A + "lnSpc", new XElement(A + "spcPts", new XAttribute("val", Hundredths(lineHeight)))));
        properties.Add(new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", Hundredths(format.SpaceBefore)))));
        properties.Add(new XElement(A + "spcAft", new XElement(A + "spcPts", new XAttribute("val", 0))));
        switch (format.Bullet)
        {
            case BulletKind.Character:
                if (format.BulletColor is not null)
                    properties.Add(new XElement(A + "buClr", Srgb(format.BulletColor)));
                properties.Add(new XElement(A + "buFont", new XAttribute("typeface", "Arial")));
                properties.Add(new XElement(A + "buChar", new XAttribute("char", format.Level == 0 ? "\u2022" : "\u2013")));
                break;
            case BulletKind.Number:
                if (format.BulletColor is not null)
                    properties.Add(new XElement(A + "buClr", Srgb(format.BulletColor)));
                var number = new XElement(A + "buAutoNum", new XAttribute("type", "arabicPeriod"));
                if (format.StartAt > 1)
                    number.Add(new XAttribute("startAt", format.StartAt));
                properties.Add(number);
                break;
            default:
                properties.Add(new XElement(A + "buNone"));
                break;
        }
        return properties;
    }

    /// <summary>Text box properties: fixed insets, square wrapping, and explicitly no autofit.</summary>
    public static XElement BodyProperties(string anchor) =>
        new(A + "bodyPr",
            new XAttribute("vert", "horz"),
            new XAttribute("wrap", "square"),
            new XAttribute("lIns", SlideGeometry.InsetX),
            new XAttribute("tIns", SlideGeometry.InsetY),
            new XAttribute("rIns", SlideGeometry.InsetX),
            new XAttribute("bIns", SlideGeometry.InsetY),
            new XAttribute("rtlCol", 0),
            new XAttribute("anchor", anchor),
            new XAttribute("anchorCtr", 0),
            new XElement(A + "noAutofit"));
}
