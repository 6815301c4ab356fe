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

    public static byte[] Master(DeckTheme theme, SlideGeometry geometry, IReadOnlyList<string> layoutRelationshipIds)
    {
        var content = geometry.For(SlideKind.Content);
        using var xml = new XmlBuilder();
        StartPart(xml, "p:sldMaster").Start("p:cSld");
        SolidFill(xml.Start("p:bg").Start("p:bgPr"), theme.Background).Empty("a:effectLst").End().End();
        ShapeTreeStart(xml.Start("p:spTree"));
        PlaceholderShape(xml, 2, "Title Placeholder 1", new Placeholder("title", null), content.Title, "Click to edit the title", "b");
        PlaceholderShape(xml, 3, "Text Placeholder 2", new Placeholder("body", 1), content.Body, "Click to edit the text", "t");
        xml.End().End();
        ColorMap(xml);
        xml.Start("p:sldLayoutIdLst");
        for (var i = 0; i < layoutRelationshipIds.Count; i++)
            xml.Start("p:sldLayoutId").Attribute("id", FirstLayoutId + (uint)i).Attribute("r:id", layoutRelationshipIds[i]).End();
        xml.End();
        TextStyles(xml, theme);
        return xml.End().ToArray();
    }

    public static byte[] Layout(LayoutSpec spec, SlideGeometry geometry)
    {
        var boxes = geometry.For(spec.Kind);
        using var xml = new XmlBuilder();
        StartPart(xml, "p:sldLayout", ("type", spec.Type), ("preserve", "1"));
        ShapeTreeStart(xml.Start("p:cSld").Attribute("name", spec.Name).Start("p:spTree"));
        var id = 2;
        if (spec.Title is not null)
            PlaceholderShape(xml, id++, "Title " + (id - 1), spec.Title, boxes.Title, "Click to edit the title", TitleAnchor, boxes.Alignment);
        if (spec.Body is not null)
            PlaceholderShape(xml, id, (spec.Body.Type == "subTitle" ? "Subtitle " : "Content Placeholder ") + id, spec.Body, boxes.Body, "Click to edit the text", spec.BodyAnchor, boxes.Alignment);
        xml.End().End();
        return xml.Start("p:clrMapOvr").Empty("a:masterClrMapping").End().End().ToArray();
    }

    private static void PlaceholderShape(XmlBuilder xml, int id, string name, Placeholder placeholder, Box box, string prompt, string anchor, TextAlignment alignment = TextAlignment.Left)
    {
        xml.Start("p:sp").Start("p:nvSpPr")
            .Start("p:cNvPr").Attribute("id", id).Attribute("name", name).End()
            .Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).End().End()
            .Start("p:nvPr");
        placeholder.Write(xml);
        xml.End().End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), box)).End();
        xml.Start("p:txBody");
        Typesetter.BodyProperties(xml, anchor);
        xml.Empty("a:lstStyle").Start("a:p");
        if (alignment == TextAlignment.Center)
            xml.Start("a:pPr").Attribute("algn", "ctr").End();
        xml.Start("a:r").Start("a:rPr").Attribute("lang", "en-US").End().Start("a:t").Text(prompt).End().End();
        xml.End().End().End();
    }

    private static void TextStyles(XmlBuilder xml, DeckTheme theme)
    {
        void Level(int level, double size, string color, bool heading, bool bullet)
        {
            xml.Start($"a:lvl{level}pPr");
            if (bullet)
                xml.Attribute("marL", SlideGeometry.BulletMargin(level - 1)).Attribute("indent", -SlideGeometry.BulletHanging);
            xml.Attribute("algn", "l").Attribute("defTabSz", 914400).Attribute("rtl", 0)
                .Attribute("eaLnBrk", 1).Attribute("latinLnBrk", 0).Attribute("hangingPunct", 1);
            xml.Start("a:lnSpc").Start("a:spcPct").Attribute("val", 100000).End().End();
            xml.Start("a:spcBef").Start("a:spcPts").Attribute("val", bullet ? 1000 : 0).End().End();
            if (bullet)
            {
                Srgb(xml.Start("a:buClr"), theme.Accent).End();
                xml.Start("a:buFont").Attribute("typeface", "Arial").End();
                xml.Start("a:buChar").Attribute("char", level == 1 ? "\u2022" : "\u2013").End();
            }
            else
            {
                xml.Empty("a:buNone");
            }
            var family = heading ? "mj" : "mn";
            DefaultRunProperties(xml, Typesetter.Hundredths(size), color, $"+{family}-lt", $"+{family}-ea", $"+{family}-cs");
            xml.End();
        }

        xml.Start("p:txStyles").Start("p:titleStyle");
        Level(1, DeckFitter.TitleSizes[0], theme.Title, true, false);
        xml.End().Start("p:bodyStyle");
        for (var level = 1; level <= 5; level++)
            Level(level, SlideGeometry.LevelFontSize(DeckFitter.BodySizes[0], level - 1), theme.Text, false, true);
        xml.End().Start("p:otherStyle");
        DefaultParagraphStyle(xml, "1800", theme.Text, "+mn-lt", "+mn-ea", "+mn-cs");
        xml.End().End();
    }

    /// <summary>The first-level paragraph and run defaults that the master's other style, the notes style and the presentation share.</summary>
    public static void DefaultParagraphStyle(XmlBuilder xml, string size, string color, string latin, string eastAsian, string complex)
    {
        xml.Start("a:lvl1pPr").Attribute("marL", 0).Attribute("algn", "l").Attribute("defTabSz", 914400).Attribute("rtl", 0)
            .Attribute("eaLnBrk", 1).Attribute("latinLnBrk", 0).Attribute("hangingPunct", 1);
        DefaultRunProperties(xml, size, color, latin, eastAsian, complex);
        xml.End();
    }

    private static void DefaultRunProperties(XmlBuilder xml, string size, string color, string latin, string eastAsian, string complex)
    {
        xml.Start("a:defRPr").Attribute("sz", size).Attribute("kern", 1200);
        SolidFill(xml, color);
        xml.Start("a:latin").Attribute("typeface", latin).End()
            .Start("a:ea").Attribute("typeface", eastAsian).End()
            .Start("a:cs").Attribute("typeface", complex).End()
            .End();
    }

    public static byte[] NotesMaster(DeckTheme theme)
    {
        using var xml = new XmlBuilder();
        StartPart(xml, "p:notesMaster").Start("p:cSld")
            .Start("p:bg").Start("p:bgRef").Attribute("idx", 1001).Start("a:schemeClr").Attribute("val", "bg1").End().End().End();
        ShapeTreeStart(xml.Start("p:spTree"));
        xml.Start("p:sp").Start("p:nvSpPr")
            .Start("p:cNvPr").Attribute("id", 2).Attribute("name", "Slide Image Placeholder 1").End()
            .Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).Attribute("noRot", 1).Attribute("noChangeAspect", 1).End().End()
            .Start("p:nvPr");
        new Placeholder("sldImg", 2).Write(xml);
        xml.End().End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), new Box(1143000, 685800, 4572000, 3429000))).Empty("a:noFill");
        SolidFill(xml.Start("a:ln").Attribute("w", 12700), "000000").End();
        xml.End().End();
        xml.Start("p:sp").Start("p:nvSpPr")
            .Start("p:cNvPr").Attribute("id", 3).Attribute("name", "Notes Placeholder 2").End()
            .Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).End().End()
            .Start("p:nvPr").Start("p:ph").Attribute("type", "body").Attribute("sz", "quarter").Attribute("idx", 3).End().End()
            .End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), new Box(685800, 4400550, 5486400, 3600450))).End();
        xml.Start("p:txBody").Empty("a:bodyPr").Empty("a:lstStyle")
            .Start("a:p").Start("a:r").Start("a:rPr").Attribute("lang", "en-US").End().Start("a:t").Text("Click to edit the notes").End().End().End()
            .End().End();
        xml.End().End();
        ColorMap(xml);
        xml.Start("p:notesStyle");
        DefaultParagraphStyle(xml, "1200", "000000", theme.LatinFont, theme.EastAsianFont, "");
        return xml.End().End().ToArray();
    }
}
