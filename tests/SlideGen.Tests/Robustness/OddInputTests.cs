using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SlideGen.Cli;
using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Robustness;

/// <summary>Inputs that look odd but are real documents: each must give a deck, and the same outline however it is encoded.</summary>
public sealed class OddInputTests : IDisposable
{
    private const string Speech = "在全市科技创新大会上的讲话\n同志们：\n今天召开大会，部署工作。\n一、加快科技创新步伐\n要坚持创新驱动发展，推动产学研深度融合。\n（一）强化企业主体地位\n支持企业加大研发投入。\n二、优化创新生态\n完善人才政策，营造良好氛围。\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-odd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    static OddInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be", "gb18030", "utf-8-crlf", "utf-16le-crlf", "gb18030-crlf"];

    private static byte[] Encode(string name, string text)
    {
        if (name.EndsWith("-crlf", StringComparison.Ordinal)) return Encode(name[..^5], text.Replace("\n", "\r\n", StringComparison.Ordinal));
        return name switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static string OutlineJsonOf(byte[] bytes) => OutlineJson.Serialize(SlideGenerator.BuildOutline(DocumentLoader.Load(bytes, "speech.txt")));

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_and_line_ending_gives_the_same_outline_as_UTF8(string encoding)
    {
        var expected = OutlineJsonOf(Encode("utf-8", Speech));

        Assert.Equal(expected, OutlineJsonOf(Encode(encoding, Speech)));
        Assert.Contains("加快科技创新步伐", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big5", "gb18030")]
    [InlineData("utf-16", "utf-16le")]
    [InlineData("shift_jis", "shift_jis")]
    public void A_named_encoding_reads_text_detection_would_get_wrong(string name, string encodeWith)
    {
        const string text = "全市工作會議講話\n一、加快發展\n要堅持創新。\n二、優化環境\n完善政策。\n";
        var input = Path.Combine(_folder, "speech.txt");
        File.WriteAllBytes(input, Encoding.GetEncoding(encodeWith == "gb18030" ? "big5" : encodeWith).GetBytes(name == "shift_jis" ? "全市会議\n一、発展\n創新。\n二、環境\n政策。\n" : text));
        var stdout = new StringWriter();

        var exit = CommandLine.Run(["outline", input, "--encoding", name], stdout, TextWriter.Null);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(name == "shift_jis" ? "発展" : "加快發展", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_or_unknown_encoding_is_a_clear_error()
    {
        var input = Path.Combine(_folder, "speech.txt");
        File.WriteAllText(input, Speech, new UTF8Encoding(false));
        var stderr = new StringWriter();

        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["outline", input, "--encoding", "klingon"], TextWriter.Null, stderr));
        Assert.StartsWith("--encoding: error: unknown encoding 'klingon'", stderr.ToString(), StringComparison.Ordinal);

        stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputUnreadable, CommandLine.Run(["convert", input, "--encoding", "big5", "-o", Path.Combine(_folder, "d.pptx")], TextWriter.Null, stderr));
        Assert.StartsWith(input + ": error: the file is not valid big5", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_an_encoding_that_cannot_be_told_asks_for_encoding()
    {
        // Windows-1252 with bytes that are neither UTF-8 nor GB18030 (0xFF, a lone lead byte at the end).
        var bytes = Encoding.Latin1.GetBytes("Caf\u00E9 report\n1. Na\u00EFve plans \u00FF\n2. More\u00E9");

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(bytes, "latin.txt"));

        Assert.Equal("latin.txt: error: the text is not UTF-8, UTF-16 or GB18030; name its encoding with --encoding (for example big5, shift_jis, windows-1252)", error.Message);
    }

    [Fact]
    public void A_document_without_numbering_gets_a_slide_per_paragraph_and_a_warning()
    {
        var text = "关于加强基层治理的几点思考\n" + string.Join("\n", Enumerable.Range(1, 6).Select(i => $"基层治理是国家治理的基石，第{i}段讨论社区服务和网格管理。"));

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "plain.txt"));
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Contains(outline.Warnings, w => w.StartsWith("plain.txt: no numbered points or headings found", StringComparison.Ordinal));
        Assert.Equal(6, deck.Slides.Count(s => s.Title == "基层治理是国家治理的基石"));
        Assert.Single(deck.Slides, s => s.Notes.Contains("第4段讨论社区服务和网格管理", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thousand_numbered_points_become_a_thousand_sections_in_order()
    {
        var text = "全市重点工作清单\n" + string.Concat(Enumerable.Range(1, 1000).Select(i => $"{i}. 第{i}项重点工作要按期完成，确保质量。\n"));

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "points.txt"));
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"{i}."), outline.Sections.Select(s => s.Marker));
        Assert.True(deck.Slides.Count > 1000, $"{deck.Slides.Count} slides");
        Assert.NotEmpty(SlideGenerator.WriteDeck(deck));
    }

    [Fact]
    public void Numbering_ten_levels_deep_nests_every_level()
    {
        // Two points a level (strict styles such as 1. and ① count only in runs), the next level under the first.
        string[][] markers = [["一、", "二、"], ["（一）", "（二）"], ["1.", "2."], ["（1）", "（2）"], ["①", "②"], ["第一，", "第二，"], ["一是", "二是"], ["A.", "B."], ["(a)", "(b)"], ["1)", "2)"]];
        var lines = new List<string> { "十层编号文件" };
        void Level(int level)
        {
            if (level == markers.Length) return;
            lines.Add($"{markers[level][0]}第{level + 1}层的要点内容说明。");
            Level(level + 1);
            lines.Add($"{markers[level][1]}第{level + 1}层的第二个要点。");
        }
        Level(0);
        var text = string.Join("\n", lines);

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "deep.txt"));
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        var depth = SectionDetector.Flatten(outline.Sections).Max(n => n.Level);
        // 一是… is a leaf: the letters under it stay in its text, which the notes carry.
        Assert.True(depth >= 7, $"depth {depth}");
        var notes = string.Join("\n", deck.Slides.Select(s => s.Notes));
        Assert.All(Enumerable.Range(1, 10), level => Assert.Contains($"第{level}层的要点内容说明", notes, StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_Chinese_and_English_keeps_both()
    {
        const string text = "2024 Digital Economy 工作报告\n一、Cloud computing 发展情况\nWe built 5G base stations，推进 AI 应用 in manufacturing。\n二、Next steps 下一步工作\nPromote open source 开源生态，strengthen data security 数据安全。\n";

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "mixed.txt"));

        Assert.Equal(["Cloud computing 发展情况", "Next steps 下一步工作"], outline.Sections.Select(s => s.Heading));
        Assert.Contains("Promote open source", outline.Sections[1].FullText, StringComparison.Ordinal);
        Assert.Contains("开源生态", outline.Sections[1].FullText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("official")]
    [InlineData("dark")]
    public void A_subtitle_the_title_slide_does_not_show_is_kept_in_its_notes(string template)
    {
        // Found by the long property run: with a speaker line, the title slide shows the speaker and the subtitle was lost.
        const string text = "在全市工作会议上的讲话\n——加快推进高质量发展\n市长 张三\n同志们：\n一、工作回顾\n今年经济平稳增长。\n二、明年任务\n扩大有效投资。\n";
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "speech.txt"));
        Assert.NotNull(outline.Subtitle);
        Assert.NotNull(outline.Speaker);

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Template = template });

        var titleSlide = deck.Slides[0];
        Assert.Contains(outline.Subtitle!, titleSlide.Subtitle + "\n" + titleSlide.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_only_a_title_gives_a_title_slide()
    {
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes("在全市工作会议上的讲话\n"), "title.txt"));
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Equal("在全市工作会议上的讲话", outline.Title);
        Assert.Equal("在全市工作会议上的讲话", deck.Slides[0].Title);
    }

    [Theory]
    [InlineData("数字经济发展")]
    [InlineData("abcdefghij")]
    [InlineData("要坚持创新驱动发展，推动产学研深度融合。")]
    public void A_five_megabyte_line_is_refused_with_its_line_and_the_limit(string repeated)
    {
        var text = new StringBuilder().Insert(0, repeated, 5 * 1024 * 1024 / Encoding.UTF8.GetByteCount(repeated)).ToString();

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "long.txt"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("long.txt(1): error: one paragraph of ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("break the text into paragraphs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_line_just_under_the_limit_gives_a_deck()
    {
        var sentence = "要坚持创新驱动发展，推动产学研深度融合。";
        var text = "在全市科技创新大会上的讲话\n" + new StringBuilder().Insert(0, sentence, (DocumentLoader.MaxParagraphCharacters - 10) / sentence.Length);

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "long.txt"));

        Assert.NotEmpty(SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(outline, new ConvertOptions())));
    }

    // Ends with a low surrogate before a high one: both alone, neither a pair.
    private const string Forbidden = "\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDFFF\uD800";

    [Fact]
    public void Characters_XML_forbids_are_removed_and_the_deck_is_valid()
    {
        var text = $"在全市工作会议上的讲话{Forbidden[0]}\n一、工作{Forbidden[1..4]}回顾\n今年{Forbidden[4..6]}经济平稳增长{Forbidden[6..]}。\n二、明年任务\n扩大有效{Forbidden}投资。\n";
        var deckPath = Path.Combine(_folder, "forbidden.pptx");

        // UTF-16 carries lone surrogates, which UTF-8 cannot.
        var document = DocumentLoader.Load([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "forbidden.txt");
        SlideGenerator.Convert(document, deckPath, new ConvertOptions());

        using var package = PresentationDocument.Open(deckPath, false);
        Assert.Empty(new OpenXmlValidator().Validate(package));
        var xml = string.Concat(package.PresentationPart!.SlideParts.Select(p => new StreamReader(p.GetStream()).ReadToEnd()));
        Assert.Contains("经济平稳增长", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(xml, c => c < 0x20 && c is not ('\n' or '\r' or '\t') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c));
    }

    [LibreOfficeFact]
    public void A_deck_from_text_with_forbidden_characters_opens_in_LibreOffice()
    {
        // Without the surrogates, which the UTF-16 decoder turns into U+FFFD (a character XML allows and shows as �).
        var text = $"在全市工作会议上的讲话\n一、工作{Forbidden[..7]}回顾\n今年经济平稳增长。\n二、明年任务\n扩大有效投资。\n";
        var deckPath = Path.Combine(_folder, "forbidden.pptx");
        SlideGenerator.Convert(DocumentLoader.Load([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "forbidden.txt"), deckPath, new ConvertOptions());

        var pdf = LibreOffice.Convert(deckPath, "pdf", _folder);

        Assert.True(LibreOffice.PageCount(pdf) >= 4);
        Assert.Contains("工作回顾", ExternalProgram.Run("pdftotext", [pdf, "-"]), StringComparison.Ordinal);
    }
}
