using System.Xml.Linq;
using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>A placeholder as a slide refers to it: its type (null means "obj") and index.</summary>
internal sealed record Placeholder(string? Type, uint? Index)
{
    public void Write(XmlBuilder xml)
    {
        xml.Start("p:ph");
        if (Type is not null)
            xml.Attribute("type", Type);
        if (Index is not null)
            xml.Attribute("idx", Index.Value);
        xml.End();
    }

    public XElement ToXml()
    {
        var ph = new XElement(P + "ph");
        if (Type is not null)
            ph.Add(new XAttribute("type", Type));
        if (Index is not null)
            ph.Add(new XAttribute("idx", Index.Value));
        return ph;
    }
}

/// <summary>A built-in layout: PowerPoint's name and type, and the placeholders its slides fill.</summary>
internal sealed record LayoutSpec(string Name, string Type, SlideKind Kind, Placeholder? Title, Placeholder? Body, string BodyAnchor = "t");

/// <summary>The built-in slide master, its layouts and the notes master.</summary>
internal static class MasterXml
{
    public static readonly IReadOnlyList<LayoutSpec> Layouts =
    [
        new("Title Slide", "title", SlideKind.Title, new("ctrTitle", null), new("subTitle", 1)),
        new("Title and Content", "obj", SlideKind.Content, new("title", null), new(null, 1)),
        new("Section Header", "secHead", SlideKind.Section, new("title", null), new("body", 1)),
        new("Title Only", "titleOnly", SlideKind.Content, new("title", null), null),
        new("Blank", "blank", SlideKind.Content, null, null),
    ];

    public const uint FirstLayoutId = 2147483649;
    public const uint MasterId = 2147483648;

    /// <summary>Titles sit on the bottom of their box: one-line titles then stay close to what follows.</summary>
    public const string TitleAnchor = "b";

    public static XElement Master(DeckTheme theme, SlideGeometry geometry, IReadOnlyList<string> layoutRelationshipIds)
    {
        var content = geometry.For(SlideKind.Content);
        var tree = new XElement(P + "spTree", ShapeTreeStart(),
            PlaceholderShape(2, "Title Placeholder 1", new Placeholder("title", null), content.Title, "Click to edit the title", "b"),
            PlaceholderShape(3, "Text Placeholder 2", new Placeholder("body", 1), content.Body, "Click to edit the text", "t"));
        var layoutIds = new XElement(P + "sldLayoutIdLst");
        for (var i = 0; i < layoutRelationshipIds.Count; i++)
            layoutIds.Add(new XElement(P + "sldLayoutId", new XAttribute("id", FirstLayoutId + (uint)i), new XAttribute(R + "id", layoutRelationshipIds[i])));
        return new XElement(P + "sldMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgPr", SolidFill(theme.Background), new XElement(A + "effectLst"))),
                tree),
            ColorMap(),
            layoutIds,
            TextStyles(theme));
    }

    public static XElement Layout(LayoutSpec spec, SlideGeometry geometry)
    {
        var boxes = geometry.For(spec.Kind);
        var tree = new XElement(P + "spTree", ShapeTreeStart());
        var id = 2;
        if (spec.Title is not null)
            tree.Add(PlaceholderShape(id++, "Title " + (id - 1), spec.Title, boxes.Title, "Click to edit the title", TitleAnchor, boxes.Alignment));
        if (spec.Body is not null)
            tree.Add(PlaceholderShape(id, (spec.Body.Type == "subTitle" ? "Subtitle " : "Content Placeholder ") + id, spec.Body, boxes.Body, "Click to edit the text", spec.BodyAnchor, boxes.Alignment));
        return new XElement(P + "sldLayout",
            new XAttribute("type", spec.Type), new XAttribute("preserve", 1),
            new XElement(P + "cSld", new XAttribute("name", spec.Name), tree),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    private static XElement PlaceholderShape(int id, string name, Placeholder placeholder, Box box, string prompt, string anchor, TextAlignment alignment = TextAlignment.Left)
    {
        var paragraph = new XElement(A + "p");
        if (alignment == TextAlignment.Center)
            paragraph.Add(new XElement(A + "pPr", new XAttribute("algn", "ctr")));
        paragraph.Add(new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", "en-US")), new XElement(A + "t", prompt)));
        return new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", placeholder.ToXml())),
            new XElement(P + "spPr", Xfrm(box), RectGeometry()),
            new XElement(P + "txBody", Typesetter.BodyProperties(anchor), new XElement(A + "lstStyle"), paragraph));
    }

    private static XElement TextStyles(DeckTheme theme)
    {
        XElement Level(int level, double size, string color, bool heading, bool bullet)
        {
            var properties = new XElement(A + $"lvl{level}pPr");
            if (bullet)
            {
                properties.Add(new XAttribute("marL", SlideGeometry.BulletMargin(level - 1)), new XAttribute("indent", -SlideGeometry.BulletHanging));
            }
            properties.Add(new XAttribute("algn", "l"), new XAttribute("defTabSz", 914400), new XAttribute("rtl", 0),
                new XAttribute("eaLnBrk", 1), new XAttribute("latinLnBrk", 0), new XAttribute("hangingPunct", 1));
            properties.Add(new XElement(A + "lnSpc", new XElement(A + "spcPct", new XAttribute("val", 100000))));
            properties.Add(new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", bullet ? 1000 : 0))));
            if (bullet)
            {
                properties.Add(new XElement(A + "buClr", Srgb(theme.Accent)));
                properties.Add(new XElement(A + "buFont", new XAttribute("typeface", "Arial")));
                properties.Add(new XElement(A + "buChar", new XAttribute("char", level == 1 ? "\u2022" : "\u2013")));
            }
            else
                properties.Add(new XElement(A + "buNone"));
            properties.Add(new XElement(A + "defRPr", new XAttribute("sz", Typesetter.Hundredths(size)), new XAttribute("kern", 1200),
                SolidFill(color),
                new XElement(A + "latin", new XAttribute("typeface", heading ? "+mj-lt" : "+mn-lt")),
                new XElement(A + "ea", new XAttribute("typeface", heading ? "+mj-ea" : "+mn-ea")),
                new XElement(A + "cs", new XAttribute("typeface", heading ? "+mj-cs" : "+mn-cs"))));
            return properties;
        }

        var body = new XElement(P + "bodyStyle");
        for (var level = 1; level <= 5; level++)
            body.Add(Level(level, SlideGeometry.LevelFontSize(DeckFitter.BodySizes[0], level - 1), theme.Text, false, true));
        return new XElement(P + "txStyles",
            new XElement(P + "titleStyle", Level(1, DeckFitter.TitleSizes[0], theme.Title, true, false)),
            body,
            new XElement(P + "otherStyle", OtherStyle(theme)));
    }

    private static XElement OtherStyle(DeckTheme theme) =>
        new(A + "lvl1pPr", new XAttribute("marL", 0), new XAttribute("algn", "l"), new XAttribute("defTabSz", 914400), new XAttribute("rtl", 0),
            new XAttribute("eaLnBrk", 1), new XAttribute("latinLnBrk", 0), new XAttribute("hangingPunct", 1),
            new XElement(A + "defRPr", new XAttribute("sz", 1800), new XAttribute("kern", 1200), SolidFill(theme.Text),
                new XElement(A + "latin", new XAttribute("typeface", "+mn-lt")),
                new XElement(A + "ea", new XAttribute("typeface", "+mn-ea")),
                new XElement(A + "cs", new XAttribute("typeface", "+mn-cs"))));

    public static XElement NotesMaster(DeckTheme theme)
    {
        var image = new Box(1143000, 685800, 4572000, 3429000);
        var body = new Box(685800, 4400550, 5486400, 3600450);
        var tree = new XElement(P + "spTree", ShapeTreeStart(),
            new XElement(P + "sp",
                new XElement(P + "nvSpPr",
                    new XElement(P + "cNvPr", new XAttribute("id", 2), new XAttribute("name", "Slide Image Placeholder 1")),
                    new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1), new XAttribute("noRot", 1), new XAttribute("noChangeAspect", 1))),
                    new XElement(P + "nvPr", new Placeholder("sldImg", 2).ToXml())),
                new XElement(P + "spPr", Xfrm(image), RectGeometry(), new XElement(A + "noFill"),
                    new XElement(A + "ln", new XAttribute("w", 12700), SolidFill("000000")))),
            new XElement(P + "sp",
                new XElement(P + "nvSpPr",
                    new XElement(P + "cNvPr", new XAttribute("id", 3), new XAttribute("name", "Notes Placeholder 2")),
                    new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                    new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "body"), new XAttribute("sz", "quarter"), new XAttribute("idx", 3)))),
                new XElement(P + "spPr", Xfrm(body), RectGeometry()),
                new XElement(P + "txBody", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
                    new XElement(A + "p", new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", "en-US")), new XElement(A + "t", "Click to edit the notes"))))));
        return new XElement(P + "notesMaster",
            new XElement(P + "cSld", new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", 1001), new XElement(A + "schemeClr", new XAttribute("val", "bg1")))), tree),
            ColorMap(),
            new XElement(P + "notesStyle",
                new XElement(A + "lvl1pPr", new XAttribute("marL", 0), new XAttribute("algn", "l"), new XAttribute("defTabSz", 914400), new XAttribute("rtl", 0),
                    new XAttribute("eaLnBrk", 1), new XAttribute("latinLnBrk", 0), new XAttribute("hangingPunct", 1),
                    new XElement(A + "defRPr", new XAttribute("sz", 1200), new XAttribute("kern", 1200), SolidFill("000000"),
                        new XElement(A + "latin", new XAttribute("typeface", theme.LatinFont)),
                        new XElement(A + "ea", new XAttribute("typeface", theme.EastAsianFont)),
                        new XElement(A + "cs", new XAttribute("typeface", ""))))));
    }
}
