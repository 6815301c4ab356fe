using System.Globalization;
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

    public void RunProperties(XmlBuilder xml, string text, RunFormat format, string elementName = "a:rPr")
    {
        xml.Start(elementName)
            .Attribute("lang", language)
            .Attribute("altLang", alternativeLanguage)
            .Attribute("sz", Hundredths(format.Size));
        if (format.Bold)
            xml.Attribute("b", 1);
        xml.Attribute("dirty", 0);
        if (format.Color is not null)
            SolidFill(xml, format.Color);
        if (explicitFonts)
        {
            xml.Start("a:latin").Attribute("typeface", format.Heading ? theme.HeadingLatinFont : theme.LatinFont).End();
            xml.Start("a:ea").Attribute("typeface", format.Heading ? theme.HeadingEastAsianFont : theme.EastAsianFont).End();
        }
        else if (TextMeasure.ContainsCjk(text) && eastAsianFallback.Length > 0)
        {
            xml.Start("a:ea").Attribute("typeface", eastAsianFallback).End();
        }
        xml.End();
    }

    public void Paragraph(XmlBuilder xml, string text, ParagraphFormat paragraph, RunFormat run)
    {
        text = Clean(text);
        xml.Start("a:p");
        ParagraphProperties(xml, paragraph);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                xml.Start("a:br");
                RunProperties(xml, lines[i], run);
                xml.End();
            }
            if (lines[i].Length > 0)
            {
                xml.Start("a:r");
                RunProperties(xml, lines[i], run);
                xml.Start("a:t").Text(lines[i]).End();
                xml.End();
            }
        }
        RunProperties(xml, text, run, "a:endParaRPr");
        xml.End();
    }

    private static void ParagraphProperties(XmlBuilder xml, ParagraphFormat format)
    {
        xml.Start("a:pPr");
        if (format.MarginLeft != 0)
            xml.Attribute("marL", format.MarginLeft);
        if (format.Level > 0)
            xml.Attribute("lvl", Math.Clamp(format.Level, 0, 8));
        if (format.Indent != 0)
            xml.Attribute("indent", format.Indent);
        xml.Attribute("algn", format.Alignment == TextAlignment.Center ? "ctr" : "l");
        // Chinese breaks between any two characters; Latin words stay whole; punctuation hangs as in print.
        xml.Attribute("eaLnBrk", 1).Attribute("latinLnBrk", 0).Attribute("hangingPunct", 1);

        var lineHeight = format.Size * SlideGeometry.LineSpacing;
        xml.Start("a:lnSpc").Start("a:spcPts").Attribute("val", Hundredths(lineHeight)).End().End();
        xml.Start("a:spcBef").Start("a:spcPts").Attribute("val", Hundredths(format.SpaceBefore)).End().End();
        xml.Start("a:spcAft").Start("a:spcPts").Attribute("val", 0).End().End();
        switch (format.Bullet)
        {
            case BulletKind.Character:
                if (format.BulletColor is not null)
                    Srgb(xml.Start("a:buClr"), format.BulletColor).End();
                xml.Start("a:buFont").Attribute("typeface", "Arial").End();
                xml.Start("a:buChar").Attribute("char", format.Level == 0 ? "\u2022" : "\u2013").End();
                break;
            case BulletKind.Number:
                if (format.BulletColor is not null)
                    Srgb(xml.Start("a:buClr"), format.BulletColor).End();
                xml.Start("a:buAutoNum").Attribute("type", "arabicPeriod");
                if (format.StartAt > 1)
                    xml.Attribute("startAt", format.StartAt);
                xml.End();
                break;
            default:
                xml.Empty("a:buNone");
                break;
        }
        xml.End();
    }

    /// <summary>Text box properties: fixed insets, square wrapping, and explicitly no autofit.</summary>
    public static void BodyProperties(XmlBuilder xml, string anchor) =>
        xml.Start("a:bodyPr")
            .Attribute("vert", "horz").Attribute("wrap", "square")
            .Attribute("lIns", SlideGeometry.InsetX).Attribute("tIns", SlideGeometry.InsetY)
            .Attribute("rIns", SlideGeometry.InsetX).Attribute("bIns", SlideGeometry.InsetY)
            .Attribute("rtlCol", 0).Attribute("anchor", anchor).Attribute("anchorCtr", 0)
            .Empty("a:noAutofit")
            .End();
}
