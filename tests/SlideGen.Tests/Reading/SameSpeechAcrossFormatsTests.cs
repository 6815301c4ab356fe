using SlideGen.Reading;

namespace SlideGen.Tests.Reading;

/// <summary>
/// One speech, written as Markdown, converted by pandoc, saved by LibreOffice, and numbered automatically in
/// Word (built here, and the same file saved again by LibreOffice): every reader gives the same headings.
/// </summary>
public class SameSpeechAcrossFormatsTests
{
    private static readonly string[] ExpectedHeadings =
    [
        "2 一、充分肯定过去一年取得的成绩", "3 （一）创新投入持续加大", "3 （二）创新平台加快建设", "2 二、准确把握当前面临的形势",
        "2 三、扎实做好今年重点工作", "3 （一）强化企业创新主体地位", "3 （二）加强科技人才队伍建设",
    ];

    public static TheoryData<string> Files() =>
    [
        "speech_zh.md", "speech_zh.pandoc.docx", "speech_zh.libreoffice.docx", "speech_zh.autonumber.libreoffice.docx", "built-with-openxml",
    ];

    private static SourceDocument Read(string name)
    {
        if (name == "built-with-openxml") return new DocxReader().Read(DocxReaderTests.AutoNumberedChineseSpeech(), "speech.docx");
        var path = DocxBuilder.FixturePath(name);
        return DocumentLoader.Load(File.ReadAllBytes(path), path);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_format_gives_the_same_title_and_headings(string name)
    {
        var document = Read(name);

        Assert.Equal("在全市科技创新工作会议上的讲话", document.Title);
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(h => $"{h.HeadingLevel} {h.Marker}{h.Text}");
        Assert.Equal(ExpectedHeadings, headings);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_format_gives_the_same_numbered_points_and_body(string name)
    {
        var document = Read(name);

        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => $"{b.Marker} {b.Text}");
        Assert.Equal(["1. 实施青年科技人才支持计划。", "2. 落实科研人员职务科技成果权益。"], items);
        var emphasised = document.Blocks.Single(b => b.Text.StartsWith("过去一年"));
        Assert.Equal(["明显成效"], emphasised.Emphasis.Select(s => emphasised.Text.Substring(s.Start, s.Length)));
        Assert.Equal("同志们：", document.Blocks[0].Text);
        Assert.EndsWith("作出新的更大贡献！", document.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("report_en.pandoc.docx")]
    [InlineData("report_en.libreoffice.docx")]
    public void A_report_saved_by_word_processors_matches_its_markdown(string name)
    {
        var markdown = Read("report_en.md");
        var docx = Read(name);

        Assert.Equal(markdown.Title, docx.Title);
        static IEnumerable<string> Structure(SourceDocument d) =>
            d.Blocks.Where(b => b.Kind is BlockKind.Heading or BlockKind.Table).Select(b => $"{b.Kind} {b.HeadingLevel} {b.Text}");
        Assert.Equal(Structure(markdown), Structure(docx));
        var image = docx.Blocks.Single(b => b.Kind == BlockKind.Image);
        Assert.Equal(File.ReadAllBytes(DocxBuilder.FixturePath("latency.png")), image.Images.Single().Bytes);
        Assert.Equal("Read latency by hour", image.Text);
    }
}
