using System.Xml.Linq;
using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>The DrawingML theme built from <see cref="DeckTheme"/>: its colours and its Latin and East Asian fonts.</summary>
internal static class ThemeXml
{
    /// <summary>Used by PowerPoint for Simplified Chinese when the theme's East Asian font is missing on a machine.</summary>
    public const string ChineseFallbackFont = "Microsoft YaHei";

    public static XElement Build(DeckTheme theme) =>
        new(A + "theme", new XAttribute("name", theme.Name),
            new XElement(A + "themeElements",
                ColorScheme(theme),
                new XElement(A + "fontScheme", new XAttribute("name", theme.Name),
                    FontCollection("majorFont", theme.HeadingLatinFont, theme.HeadingEastAsianFont),
                    FontCollection("minorFont", theme.LatinFont, theme.EastAsianFont)),
                FormatScheme()),
            new XElement(A + "objectDefaults"),
            new XElement(A + "extraClrSchemeLst"));

    private static XElement ColorScheme(DeckTheme theme)
    {
        XElement Slot(string name, string hex) => new(A + name, Srgb(hex));
        return new XElement(A + "clrScheme", new XAttribute("name", theme.Name),
            Slot("dk1", theme.Text),
            Slot("lt1", theme.Background),
            Slot("dk2", theme.Title),
            Slot("lt2", theme.EmphasisText),
            Slot("accent1", theme.Accent),
            Slot("accent2", theme.Accent2),
            Slot("accent3", theme.EmphasisBackground),
            Slot("accent4", "10B981"),
            Slot("accent5", "8B5CF6"),
            Slot("accent6", "EF4444"),
            Slot("hlink", theme.Accent),
            Slot("folHlink", "7C3AED"));
    }

    private static XElement FontCollection(string name, string latin, string eastAsian) =>
        new(A + name,
            new XElement(A + "latin", new XAttribute("typeface", latin)),
            new XElement(A + "ea", new XAttribute("typeface", eastAsian)),
            new XElement(A + "cs", new XAttribute("typeface", "")),
            new XElement(A + "font", new XAttribute("script", "Hans"), new XAttribute("typeface", eastAsian == ChineseFallbackFont ? "SimHei" : ChineseFallbackFont)),
            new XElement(A + "font", new XAttribute("script", "Hant"), new XAttribute("typeface", "Microsoft JhengHei")),
            new XElement(A + "font", new XAttribute("script", "Jpan"), new XAttribute("typeface", "Yu Gothic")),
            new XElement(A + "font", new XAttribute("script", "Hang"), new XAttribute("typeface", "Malgun Gothic")));

    private static XElement PhClr() => new(A + "schemeClr", new XAttribute("val", "phClr"));

    private static XElement FormatScheme()
    {
        XElement Solid() => new(A + "solidFill", PhClr());
        XElement Line(int width) =>
            new(A + "ln", new XAttribute("w", width), new XAttribute("cap", "flat"), new XAttribute("cmpd", "sng"), new XAttribute("algn", "ctr"),
                Solid(), new XElement(A + "prstDash", new XAttribute("val", "solid")), new XElement(A + "miter", new XAttribute("lim", 800000)));
        XElement Effect() => new(A + "effectStyle", new XElement(A + "effectLst"));
        return new XElement(A + "fmtScheme", new XAttribute("name", "SlideGen"),
            new XElement(A + "fillStyleLst", Solid(), Solid(), Solid()),
            new XElement(A + "lnStyleLst", Line(6350), Line(12700), Line(19050)),
            new XElement(A + "effectStyleLst", Effect(), Effect(), Effect()),
            new XElement(A + "bgFillStyleLst", Solid(), Solid(), Solid()));
    }
}
