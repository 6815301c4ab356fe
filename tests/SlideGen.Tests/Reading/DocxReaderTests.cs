using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Tests.Reading;

public class DocxReaderTests
{
    private static SourceDocument Read(byte[] docx, string path = "built.docx") => new DocxReader().Read(docx, path);

    private static SourceDocument ReadFixture(string name)
    {
        var path = DocxBuilder.FixturePath(name);
        return Read(File.ReadAllBytes(path), path);
    }

    private static List<string> Headings(SourceDocument document) =>
        document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(h => $"{h.HeadingLevel} {h.Marker}{h.Text}").ToList();

    private const string ChineseSpeechNumbering =
        "<w:abstractNum w:abstractNumId=\"1\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"Heading3\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"2\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "</w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>" +
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>";

    /// <summary>The speech of speech_zh.md as a Chinese Word user writes it: 一、 and （一） come from numbering.xml, linked to the heading styles.</summary>
    internal static byte[] AutoNumberedChineseSpeech() => new DocxBuilder()
        .Style("Title", "Title", "Normal", "<w:jc w:val=\"center\"/>", "<w:b/><w:sz w:val=\"44\"/>")
        .Style("Heading2", "heading 2", "Normal", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/>", "<w:b/>")
        .Style("Heading3", "heading 3", "Normal", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"2\"/>", "<w:b/>")
        .Numbering(ChineseSpeechNumbering)
        .Paragraph("在全市科技创新工作会议上的讲话", "Title")
        .Paragraph("同志们：")
        .Paragraph("今天召开全市科技创新工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。")
        .Paragraph("充分肯定过去一年取得的成绩", "Heading2")
        .Xml("<w:p>" + DocxBuilder.Run("过去一年，全市上下坚持创新驱动发展战略，科技创新工作取得") + DocxBuilder.Run("明显成效", bold: true) + DocxBuilder.Run("。") + "</w:p>")
        .Paragraph("创新投入持续加大", "Heading3")
        .Paragraph("全社会研发经费投入增长百分之十二，企业研发投入占比超过七成。")
        .Paragraph("创新平台加快建设", "Heading3")
        .Paragraph("新建省级重点实验室五家，新型研发机构八家。")
        .Paragraph("准确把握当前面临的形势", "Heading2")
        .Paragraph("当前，新一轮科技革命和产业变革深入发展，我们既面临难得机遇，也面临严峻挑战。")
        .Paragraph("扎实做好今年重点工作", "Heading2")
        .Paragraph("强化企业创新主体地位", "Heading3")
        .Paragraph("要支持企业牵头组建创新联合体，推动产学研深度融合。")
        .Paragraph("加强科技人才队伍建设", "Heading3")
        .Paragraph("要完善人才引进、培养、使用、评价机制。")
        .Numbered("实施青年科技人才支持计划。", numId: 2, level: 0)
        .Numbered("落实科研人员职务科技成果权益。", numId: 2, level: 0)
        .Paragraph("同志们，科技创新是一场马拉松。让我们奋发有为，为建设创新型城市作出新的更大贡献！")
        .Build();

    [Fact]
    public void Chinese_automatic_numbering_becomes_markers_and_restarts_under_each_chapter()
    {
        var document = Read(AutoNumberedChineseSpeech());

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        Assert.Equal(["一、", "（一）", "（二）", "二、", "三、", "（一）", "（二）"], headings.Select(h => h.Marker));
        Assert.Equal("充分肯定过去一年取得的成绩", headings[0].Text);
        Assert.Equal([2, 3, 3, 2, 2, 3, 3], headings.Select(h => h.HeadingLevel ?? 0));
        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["1.", "2."], items.Select(i => i.Marker));
        Assert.Equal("实施青年科技人才支持计划。", items[0].Text);
    }

    [Fact]
    public void Title_style_gives_the_title_and_is_not_a_block()
    {
        var document = Read(AutoNumberedChineseSpeech());

        Assert.Equal("在全市科技创新工作会议上的讲话", document.Title);
        Assert.Equal("同志们：", document.Blocks[0].Text);
        Assert.Equal(2, document.Blocks[0].Line);
    }

    [Fact]
    public void Core_properties_give_the_title_when_no_paragraph_does()
    {
        var document = Read(new DocxBuilder().CoreTitle("Quarterly report").Paragraph("Body text.").Build());

        Assert.Equal("Quarterly report", document.Title);
    }

    [Fact]
    public void Heading_levels_come_from_style_ids_names_localized_names_based_on_chains_and_outline_levels()
    {
        var document = Read(new DocxBuilder()
            .WordHeadingStyles(1)
            .Style("2", "heading 2", "Normal")                                  // WPS: numeric ids, the name tells
            .Style("a3", "标题 3", "Normal")                                     // a localized name
            .Style("ChapterHeading", "Chapter Heading", "Heading1")             // custom, based on a heading
            .Style("Lead", "Lead", "Normal", "<w:outlineLvl w:val=\"1\"/>")    // a body style with an outline level
            .Style("TOCHeading", "TOC Heading", "Heading1")                     // based on a heading, but a table of contents
            .Paragraph("By id", "Heading1")
            .Paragraph("By name", "2")
            .Paragraph("By localized name", "a3")
            .Paragraph("By base style", "ChapterHeading")
            .Paragraph("By style outline level", "Lead")
            .Paragraph("By paragraph outline level", pPr: "<w:outlineLvl w:val=\"3\"/>")
            .Paragraph("Outline level 9 is body text", "Heading1", "<w:outlineLvl w:val=\"9\"/>")
            .Paragraph("Contents", "TOCHeading")
            .Build());

        Assert.Equal(
            ["1 By id", "2 By name", "3 By localized name", "1 By base style", "2 By style outline level", "4 By paragraph outline level"],
            Headings(document));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Outline level 9 is body text");
        Assert.DoesNotContain(document.Blocks, b => b.Text == "Contents");
    }

    [Fact]
    public void Numbering_formats_patterns_and_starts_render_as_printed()
    {
        const string numbering =
            "<w:abstractNum w:abstractNumId=\"0\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"第%1章\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/><w:lvlText w:val=\"%1.%2\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%3)\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"2\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"ideographTraditional\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "</w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>";
        var document = Read(new DocxBuilder().Numbering(numbering)
            .Numbered("Scope", 1, 0).Numbered("Terms", 1, 1).Numbered("Symbols", 1, 1).Numbered("first", 1, 2).Numbered("second", 1, 2)
            .Numbered("Requirements", 1, 0).Numbered("General", 1, 1)
            .Numbered("Third part", 2, 0).Numbered("Fourth part", 2, 0)
            .Numbered("甲项", 3, 0).Numbered("乙项", 3, 0).Numbered("丙项", 3, 0)
            .Build());

        Assert.Equal(
            ["第一章", "1.1", "1.2", "(a)", "(b)", "第二章", "2.1", "III.", "IV.", "甲、", "乙、", "丙、"],
            document.Blocks.Select(b => b.Marker));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void A_start_override_restarts_a_shared_list_and_lvlRestart_zero_keeps_counting()
    {
        const string numbering =
            "<w:abstractNum w:abstractNumId=\"0\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/><w:lvlText w:val=\"Q%2\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
            "</w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        var document = Read(new DocxBuilder().Numbering(numbering)
            .Numbered("a", 1, 0).Numbered("q", 1, 1).Numbered("b", 1, 0).Numbered("q", 1, 1)
            .Paragraph("Between the lists.")
            .Numbered("continues", 2, 0)
            .Numbered("restarts", 3, 0).Numbered("goes on", 3, 0)
            .Build());

        Assert.Equal(["1.", "Q1", "2.", "Q2", null, "3.", "1.", "2."], document.Blocks.Select(b => b.Marker));
    }

    [Fact]
    public void Numbering_switched_off_on_a_paragraph_gives_no_marker()
    {
        var document = Read(new DocxBuilder()
            .Style("Heading1", "heading 1", "Normal", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/>")
            .Numbering(ChineseSpeechNumbering)
            .Paragraph("Numbered", "Heading1")
            .Paragraph("Not numbered", "Heading1", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            .Build());

        Assert.Equal(["一、", null], document.Blocks.Select(b => b.Marker));
    }

    [Fact]
    public void Short_all_bold_paragraphs_are_bold_candidates_and_partly_bold_ones_keep_emphasis()
    {
        var longBold = string.Join(' ', Enumerable.Repeat("This bold paragraph is far too long to be a heading.", 3));
        var document = Read(new DocxBuilder()
            .Style("Strong", "Strong Para", "Normal", rPr: "<w:b/>")
            .Paragraph("Results", bold: true)
            .Paragraph("Bold by style", "Strong")
            .Paragraph(longBold, bold: true)
            .Xml("<w:p>" + DocxBuilder.Run("Costs fell by ") + DocxBuilder.Run("a third", bold: true) + DocxBuilder.Run(" in ") + DocxBuilder.Run("one year", italic: true) + DocxBuilder.Run(".") + "</w:p>")
            .Build());

        Assert.Equal([true, true, false, false], document.Blocks.Select(b => b.IsBold));
        var mixed = document.Blocks[3];
        Assert.Equal(["a third", "one year"], mixed.Emphasis.Select(s => mixed.Text.Substring(s.Start, s.Length)));
        Assert.Empty(document.Blocks[0].Emphasis);
    }

    [Fact]
    public void A_table_is_one_block_of_rows_with_cells_joined()
    {
        static string Cell(string text) => $"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>{DocxBuilder.Run(text)}</w:p></w:tc>";
        var table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
                    $"<w:tr>{Cell("Region")}{Cell("Growth")}</w:tr><w:tr>{Cell("North")}{Cell("4.1%")}</w:tr></w:tbl>";
        var document = Read(new DocxBuilder().Paragraph("Before.").Xml(table).Paragraph("After.").Build());

        Assert.Equal([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal("Region | Growth\nNorth | 4.1%", document.Blocks[1].Text);
        Assert.Equal(2, document.Blocks[1].Line);
        Assert.Equal(6, document.Blocks[2].Line);
    }

    [Fact]
    public void Images_in_a_paragraph_are_kept_with_their_bytes()
    {
        var png = DocxBuilder.Png();
        var document = Read(new DocxBuilder().Image(png)
            .Xml("<w:p>" + DocxBuilder.Drawing(1) + "</w:p>")
            .Xml("<w:p>" + DocxBuilder.Run("Latency by hour ") + DocxBuilder.Drawing(2) + "</w:p>")
            .Build());

        Assert.Equal(BlockKind.Image, document.Blocks[0].Kind);
        Assert.Equal(png, document.Blocks[0].Images[0].Bytes);
        Assert.Equal("image/png", document.Blocks[0].Images[0].ContentType);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[1].Kind);
        Assert.Single(document.Blocks[1].Images);
    }

    [Fact]
    public void Footnotes_comments_and_tables_of_contents_are_not_blocks()
    {
        var document = Read(new DocxBuilder()
            .WordHeadingStyles(2)
            .Footnote("Source: statistics bureau.")
            .Comment("Check this number.")
            .Xml("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr>" +
                 "<w:sdtContent><w:p>" + DocxBuilder.Run("Growth\t1") + "</w:p></w:sdtContent></w:sdt>")
            .Paragraph("Growth", "Heading2")
            .Xml("<w:p><w:commentRangeStart w:id=\"0\"/>" + DocxBuilder.Run("Output grew 5%.") + "<w:commentRangeEnd w:id=\"0\"/>" +
                 "<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
            .Build());

        Assert.Equal(["Growth", "Output grew 5%."], document.Blocks.Select(b => b.Text));
        Assert.Equal(2, document.Blocks[0].Line);
    }

    [Fact]
    public void Deleted_and_hidden_text_is_not_read_but_inserted_text_is()
    {
        var document = Read(new DocxBuilder()
            .Xml("<w:p>" + DocxBuilder.Run("Keep ") +
                 "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>removed </w:delText></w:r></w:del>" +
                 "<w:ins w:id=\"2\" w:author=\"A\">" + DocxBuilder.Run("added ") + "</w:ins>" +
                 "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>" + DocxBuilder.Run("text.") + "</w:p>")
            .Build());

        Assert.Equal("Keep added text.", document.Blocks.Single().Text);
    }

    [Fact]
    public void A_damaged_file_is_refused_with_its_name()
    {
        var docx = AutoNumberedChineseSpeech();
        var truncated = docx[..(docx.Length / 2)];

        var error = Assert.Throws<SlideGenException>(() => Read(truncated, "speech.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("speech.docx: error: ", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        var error = Assert.Throws<SlideGenException>(() => Read("plain words"u8.ToArray(), "notes.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Equal("notes.docx: error: this is not a Word .docx file (not a zip package)", error.Message);
    }

    [Fact]
    public void A_password_protected_file_is_refused_with_advice()
    {
        // Encrypted .docx files are OLE compound files holding an EncryptionInfo stream.
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[504]).Concat(System.Text.Encoding.Unicode.GetBytes("EncryptionInfo")).ToArray();

        var error = Assert.Throws<SlideGenException>(() => Read(bytes, "secret.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Contains("password-protected", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
                writer.Write("not word");

        var error = Assert.Throws<SlideGenException>(() => Read(buffer.ToArray(), "archive.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("archive.docx: error: ", error.Message);
    }
}
