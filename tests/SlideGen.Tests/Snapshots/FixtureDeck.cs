using System.Text;
using DocumentFormat.OpenXml.Packaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SlideGen.Tests.Snapshots;

/// <summary>
/// A small deck built part by part with the Open XML SDK, the way PowerPoint lays one out: a master with text styles,
/// three layouts, a notes master, three slides with placeholders, a text box, a group, a picture, a table and notes.
/// It does not come from SlideGen's writer, so the snapshot is tested on a deck SlideGen did not make.
/// </summary>
internal static class FixtureDeck
{
    private const string Namespaces =
        """xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" """;

    private const string ColorMap =
        """<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>""";

    private const string GroupProperties =
        """<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>""";

    public static byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var theme = master.AddNewPart<ThemePart>("rId10");
            Feed(theme, Theme);
            presentation.AddPart(theme, "rId9");
            var titleLayout = AddLayout(master, "rId1", "Title Slide", """<p:sp>""" + Placeholder(2, "ctrTitle", null, "") + """</p:sp><p:sp>""" + Placeholder(3, "subTitle", 1, """<a:lvl1pPr marL="0" indent="0" algn="ctr"><a:buNone/></a:lvl1pPr>""") + "</p:sp>");
            var contentLayout = AddLayout(master, "rId2", "Title and Content", """<p:sp>""" + Placeholder(2, "title", null, "") + """</p:sp><p:sp>""" + Placeholder(3, null, 1, "") + "</p:sp>");
            // The section layout turns bullets off in its own list style: the snapshot must follow that inheritance.
            var sectionLayout = AddLayout(master, "rId3", "Section Header", """<p:sp>""" + Placeholder(2, "title", null, "") + """</p:sp><p:sp>"""
                + Placeholder(3, "body", 1, """<a:lvl1pPr marL="0" indent="0"><a:buNone/></a:lvl1pPr>""") + "</p:sp>");
            Feed(master, $"""
                <p:sldMaster {Namespaces}><p:cSld><p:spTree>{GroupProperties}
                <p:sp>{Placeholder(2, "title", null, "")}</p:sp><p:sp>{Placeholder(3, "body", 1, "")}</p:sp>
                <p:sp>{Placeholder(4, "sldNum", 12, "")}</p:sp>
                </p:spTree></p:cSld>{ColorMap}
                <p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/><p:sldLayoutId id="2147483651" r:id="rId3"/></p:sldLayoutIdLst>
                <p:txStyles>
                <p:titleStyle><a:lvl1pPr><a:defRPr sz="4400"/></a:lvl1pPr></p:titleStyle>
                <p:bodyStyle><a:lvl1pPr marL="342900" indent="-342900"><a:buChar char="•"/><a:defRPr sz="2800"/></a:lvl1pPr><a:lvl2pPr marL="742950" indent="-285750"><a:buChar char="–"/><a:defRPr sz="2400"/></a:lvl2pPr><a:lvl3pPr marL="1143000" indent="-228600"><a:buChar char="•"/><a:defRPr sz="2000"/></a:lvl3pPr></p:bodyStyle>
                <p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>
                </p:txStyles></p:sldMaster>
                """);

            var notesMaster = presentation.AddNewPart<NotesMasterPart>("rId8");
            notesMaster.AddPart(theme, "rId1");
            Feed(notesMaster, $"""<p:notesMaster {Namespaces}><p:cSld><p:spTree>{GroupProperties}</p:spTree></p:cSld>{ColorMap}</p:notesMaster>""");

            var titleSlide = AddSlide(presentation, "rId2", titleLayout, "", $"""
                <p:sp>{Placeholder(2, "ctrTitle", null, "", Paragraph("年度工作报告"))}</p:sp>
                <p:sp>{Placeholder(3, "subTitle", 1, "", Paragraph("李伟 · 2024年12月"))}</p:sp>
                <p:sp>{Placeholder(4, "sldNum", 12, "", """<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:t>1</a:t></a:fld></a:p>""")}</p:sp>
                """);
            var contentSlide = AddSlide(presentation, "rId3", contentLayout, "", $"""
                <p:sp>{Placeholder(2, "title", null, "", """<a:p><a:r><a:rPr lang="en-US"/><a:t>Results</a:t></a:r><a:br/><a:r><a:t>of the year   </a:t></a:r></a:p>""")}</p:sp>
                <p:sp>{Placeholder(3, null, 1, "",
                    Paragraph("Revenue grew   ") + Paragraph("in the east", 1) + Paragraph("Shanghai", 2) + Paragraph("in the west", 1)
                    + "<a:p/>" + """<a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:r><a:t>A plain paragraph.</a:t></a:r></a:p>""")}</p:sp>
                {TextBox(4, "Source: finance office")}
                <p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="Group 4"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{TextBox(6, "In a group")}</p:grpSp>
                <p:pic><p:nvPicPr><p:cNvPr id="7" name="Picture 6" descr="A red box"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>
                <p:blipFill><a:blip r:embed="rId7"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>
                <p:spPr><a:xfrm><a:off x="6000000" y="2000000"/><a:ext cx="3600000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>
                """);
            var image = contentSlide.AddImagePart(ImagePartType.Png, "rId7");
            using (var png = new MemoryStream())
            {
                using (var picture = new Image<Rgb24>(40, 20, new Rgb24(255, 0, 0))) picture.SaveAsPng(png);
                png.Position = 0;
                image.FeedData(png);
            }
            AddNotes(contentSlide, notesMaster, Paragraph("Thank the team.") + """<a:p><a:r><a:t>Mention the east:</a:t></a:r><a:br/><a:r><a:t>sales up 12%.</a:t></a:r></a:p>""");

            AddSlide(presentation, "rId4", sectionLayout, " show=\"0\"", $"""
                <p:sp>{Placeholder(2, "title", null, "", Paragraph("展望"))}</p:sp>
                <p:sp>{Placeholder(3, "body", 1, "", Paragraph("明年重点"))}</p:sp>
                {PageFooter}
                <p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>
                <p:xfrm><a:off x="457200" y="3000000"/><a:ext cx="4000000" cy="740000"/></p:xfrm>
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr/><a:tblGrid><a:gridCol w="2000000"/><a:gridCol w="2000000"/></a:tblGrid>
                <a:tr h="370000">{Cell("Item")}{Cell("Target")}</a:tr><a:tr h="370000">{Cell("Exports")}{Cell("+5%")}</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>
                """);
            _ = titleSlide;

            Feed(presentation, $"""
                <p:presentation {Namespaces}>
                <p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>
                <p:notesMasterIdLst><p:notesMasterId r:id="rId8"/></p:notesMasterIdLst>
                <p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId3"/><p:sldId id="258" r:id="rId4"/></p:sldIdLst>
                <p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>
                </p:presentation>
                """);
        }
        return buffer.ToArray();
    }

    private static SlideLayoutPart AddLayout(SlideMasterPart master, string id, string name, string shapes)
    {
        var layout = master.AddNewPart<SlideLayoutPart>(id);
        layout.AddPart(master, "rId1");
        Feed(layout, $"""<p:sldLayout {Namespaces}><p:cSld name="{name}"><p:spTree>{GroupProperties}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>""");
        return layout;
    }

    private static SlidePart AddSlide(PresentationPart presentation, string id, SlideLayoutPart layout, string attributes, string shapes)
    {
        var slide = presentation.AddNewPart<SlidePart>(id);
        slide.AddPart(layout, "rId1");
        Feed(slide, $"""<p:sld {Namespaces}{attributes}><p:cSld><p:spTree>{GroupProperties}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>""");
        return slide;
    }

    private static void AddNotes(SlidePart slide, NotesMasterPart notesMaster, string paragraphs)
    {
        var notes = slide.AddNewPart<NotesSlidePart>("rId9");
        notes.AddPart(notesMaster, "rId1");
        notes.AddPart(slide, "rId2");
        Feed(notes, $"""
            <p:notes {Namespaces}><p:cSld><p:spTree>{GroupProperties}
            <p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>
            <p:sp>{Placeholder(3, "body", 1, "", paragraphs)}</p:sp>
            <p:sp>{Placeholder(4, "sldNum", 5, "", """<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:t>2</a:t></a:fld></a:p>""")}</p:sp>
            </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>
            """);
    }

    private static string Placeholder(int id, string? type, int? index, string listStyle, string paragraphs = "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>")
    {
        var typeAttribute = type is null ? "" : $" type=\"{type}\"";
        var indexAttribute = index is null ? "" : $" idx=\"{index}\"";
        return $"""<p:nvSpPr><p:cNvPr id="{id}" name="Placeholder {id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{typeAttribute}{indexAttribute}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle>{listStyle}</a:lstStyle>{paragraphs}</p:txBody>""";
    }

    private static string TextBox(int id, string text) =>
        $"""<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="TextBox {id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="6000000"/><a:ext cx="4000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{Paragraph(text)}</p:txBody></p:sp>""";

    private static string Paragraph(string text, int level = 0) =>
        (level == 0 ? "<a:p>" : $"<a:p><a:pPr lvl=\"{level}\"/>") + $"<a:r><a:rPr lang=\"zh-CN\"/><a:t>{System.Security.SecurityElement.Escape(text)}</a:t></a:r></a:p>";

    private static string Cell(string text) => $"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{Paragraph(text)}</a:txBody><a:tcPr/></a:tc>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    // Fields whose cached text changes with slide order and the day the deck is opened.
    private const string PageFooter = """
        <p:sp><p:nvSpPr><p:cNvPr id="5" name="Footer 4"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Page </a:t></a:r><a:fld id="{6E8B5A5C-2F1D-4C39-9A51-5D3E0C7B1A10}" type="slidenum"><a:t>3</a:t></a:fld><a:r><a:t> · </a:t></a:r><a:fld id="{0C5A1B2E-5F6D-4E3C-8B7A-1D2C3B4A5F6E}" type="datetime1"><a:t>11/25/2026</a:t></a:fld></a:p></p:txBody></p:sp>
        """;

    private const string Theme = """
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Fixture Theme"><a:themeElements>
        <a:clrScheme name="Fixture"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
        <a:dk2><a:srgbClr val="1F3A5F"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="2563EB"/></a:accent1>
        <a:accent2><a:srgbClr val="f59e0b"/></a:accent2><a:accent3><a:srgbClr val="10B981"/></a:accent3><a:accent4><a:srgbClr val="EF4444"/></a:accent4>
        <a:accent5><a:srgbClr val="8B5CF6"/></a:accent5><a:accent6><a:srgbClr val="6B7280"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>
        <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
        <a:fontScheme name="Fixture"><a:majorFont><a:latin typeface="Georgia"/><a:ea typeface="Noto Serif CJK SC"/><a:cs typeface=""/></a:majorFont>
        <a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
        <a:fmtScheme name="Fixture">
        <a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
        <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
        <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
        <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
        </a:fmtScheme></a:themeElements></a:theme>
        """;
}
