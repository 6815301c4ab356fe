using System.Text;
using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Tests.Cleaning;

/// <summary>Speeches arrive in whatever encoding the author's editor used; all must read as the same Chinese text.</summary>
public class TextDecodingTests
{
    private const string Speech = "在全市科技创新大会上的讲话\n同志们：\n一、加快科技创新步伐\n要坚持创新驱动发展，推动产学研深度融合。\n";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string ReadBack(byte[] bytes, string path = "speech.txt") =>
        string.Join("\n", DocumentLoader.Load(bytes, path).Blocks.Select(b => b.Text));

    private static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030", "gbk"];

    private static byte[] Encode(string name, string text) => name switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => WithPreamble(new UTF8Encoding(true), text),
        "utf-16le-bom" => WithPreamble(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), text),
        "utf-16be-bom" => WithPreamble(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), text),
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "gbk" => Encoding.GetEncoding(936).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Chinese_speech_decodes_to_the_same_text_in_every_common_encoding(string encoding)
    {
        var bytes = Encode(encoding, Speech);

        Assert.Equal(Speech.TrimEnd('\n'), ReadBack(bytes).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    public void Chinese_UTF16_without_a_byte_order_mark_is_recognised(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Speech);

        var text = TextDecoder.Decode(bytes, out _);

        Assert.Equal(Speech, text);
    }

    [Fact]
    public void Byte_order_mark_does_not_leak_into_the_first_line()
    {
        var first = DocumentLoader.Load(Encode("utf-8-bom", Speech), "speech.txt").Blocks[0].Text;

        Assert.Equal("在全市科技创新大会上的讲话", first);
    }

    [Fact]
    public void Ascii_heavy_utf16_without_bom_is_recognised()
    {
        const string report = "Quarterly Report\n1. Revenue\nRevenue grew in every region, led by 会议 sales in the north.\n";

        Assert.Equal(report.TrimEnd('\n'), ReadBack(Encoding.Unicode.GetBytes(report)).TrimEnd('\n'));
    }

    [Fact]
    public void Gb18030_decoding_reports_its_encoding()
    {
        TextDecoder.Decode(Encode("gb18030", Speech), out var name);

        Assert.Equal("gb18030", name);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_lines_as_unix_ones()
    {
        var crlf = Encoding.UTF8.GetBytes(Speech.Replace("\n", "\r\n"));

        Assert.Equal(Speech.TrimEnd('\n'), ReadBack(crlf).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.bin")]
    public void Binary_input_is_refused_with_the_file_name_and_the_unreadable_exit_code(string path)
    {
        var binary = Enumerable.Range(0, 2048).Select(i => (byte)(i * 7 % 256)).ToArray();

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(binary, path));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith(path + ": error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Empty_input_is_refused_with_the_file_name_and_the_unreadable_exit_code()
    {
        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load([], "empty.txt"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Equal("empty.txt: error: the file is empty", error.Message);
    }
}
