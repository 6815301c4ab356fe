using System.Net;
using System.Net.Sockets;
using System.Text;
using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Tests.Robustness;

/// <summary>
/// A .docx is a zip anyone can craft. Before the Open XML SDK sees one, it is inflated once with counting limits; what
/// passes a limit, declares a DTD or hides a bomb behind lying headers is refused with one line naming the file.
/// </summary>
public sealed class PackageScanTests
{
    private static readonly string Speech = ZipFiles.DocumentXml("", "在全市工作会议上的讲话", "一、工作回顾", "今年全市经济平稳增长。", "二、明年任务", "扩大有效投资，激发消费活力。");

    private static readonly PackageLimits Small = new() { MaxEntries = 50, MaxPartBytes = 200_000, MaxTotalBytes = 500_000, MaxRatio = 200, RatioCheckedAbove = 100_000 };

    private static SlideGenException Refused(byte[] docx, PackageLimits? limits = null)
    {
        var error = Assert.Throws<SlideGenException>(() => PackageScan.Check(docx, "bomb.docx", limits));
        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("bomb.docx: error: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    [Fact]
    public void An_ordinary_Word_file_passes_and_reads()
    {
        var docx = ZipFiles.Docx(Speech);

        PackageScan.Check(docx, "speech.docx");
        Assert.Contains(DocumentLoader.Load(docx, "speech.docx").Blocks, b => b.Text == "今年全市经济平稳增长。");
    }

    [Fact]
    public void A_zip_bomb_with_the_default_limits_is_refused_before_the_SDK_opens_it()
    {
        // 400 MB of spaces inside a well-formed document: a few hundred kilobytes on disk.
        var bomb = ZipFiles.Repeated("word/document.xml", (byte)' ', 400L * 1024 * 1024,
            prefix: $"<?xml version=\"1.0\"?><w:document {Reading.DocxBuilder.Namespaces}><w:body>", suffix: "</w:body></w:document>",
            before: ZipFiles.PackageParts());

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(bomb, "bomb.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("bomb.docx: error: the Word file's part word/document.xml inflates", error.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_larger_than_the_part_limit_is_refused_even_when_it_compresses_poorly()
    {
        var random = new byte[300_000];
        new Random(8).NextBytes(random);
        var docx = ZipFiles.Docx(Speech, null, ("word/media/image1.png", random));

        Assert.Contains("word/media/image1.png inflates to more than", Refused(docx, Small).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_that_pass_the_total_limit_together_are_refused()
    {
        var random = new Random(8);
        var parts = Enumerable.Range(1, 4).Select(i =>
        {
            var bytes = new byte[150_000];
            random.NextBytes(bytes);
            return ($"word/media/image{i}.png", bytes);
        }).ToArray();

        Assert.Contains("in all", Refused(ZipFiles.Docx(Speech, null, parts), Small).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_inflates_far_more_than_documents_do_is_refused()
    {
        var docx = ZipFiles.Repeated("word/document.xml", (byte)'A', 150_000, before: ZipFiles.PackageParts());

        Assert.Contains("times its compressed size", Refused(docx, Small).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1000u)]
    public void A_bomb_behind_headers_that_declare_a_small_size_ends_in_a_clear_error(uint declared)
    {
        // .NET's zip reader stops at the declared size, so what the scan counts is what the SDK would get: a truncated part.
        var bomb = ZipFiles.WithDeclaredSizes(ZipFiles.Repeated("word/document.xml", (byte)' ', 50L * 1024 * 1024,
            prefix: $"<?xml version=\"1.0\"?><w:document {Reading.DocxBuilder.Namespaces}><w:body>", suffix: "</w:body></w:document>",
            before: ZipFiles.PackageParts()), declared);

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(bomb, "bomb.docx"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith("bomb.docx: error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_parts_are_refused_without_inflating_them()
    {
        var docx = ZipFiles.Docx(Speech, null, [.. Enumerable.Range(0, 60).Select(i => ($"junk/{i}.xml", Array.Empty<byte>()))]);

        Assert.Contains("has 63 parts, more than the 50", Refused(docx, Small).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>", "&secret;")]
    [InlineData("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>", "&d;")]
    [InlineData("<!DOCTYPE w:document SYSTEM \"http://127.0.0.1:9/document.dtd\">", "text")]
    public void A_part_that_declares_a_DTD_is_refused_and_nothing_is_expanded_or_fetched(string doctype, string text)
    {
        var docx = ZipFiles.Docx(ZipFiles.DocumentXml(doctype, "在全市工作会议上的讲话", "一、工作回顾", text));

        var error = Assert.Throws<SlideGenException>(() => DocumentLoader.Load(docx, "entities.docx"));

        Assert.Equal("entities.docx: error: the Word file's part word/document.xml declares a DTD (<!DOCTYPE>), which Office never writes; refused so that no entity is expanded or fetched", error.Message);
        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
    }

    [Fact]
    public void External_images_links_and_templates_are_never_fetched()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            var linkedImage = Reading.DocxBuilder.Drawing(1, "rIdImage").Replace("r:embed", "r:link", StringComparison.Ordinal);
            var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rIdImage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"{url}/image.png\" TargetMode=\"External\"/>" +
                $"<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{url}/page\" TargetMode=\"External\"/>" +
                $"<Relationship Id=\"rIdEmbedded\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"{url}/embedded.png\" TargetMode=\"External\"/>" +
                "</Relationships>";
            var docx = ZipFiles.Docx(ZipFiles.DocumentXml("", "在全市工作会议上的讲话", "一、工作回顾",
                $"<w:p>{linkedImage}</w:p>", $"<w:p>{Reading.DocxBuilder.Drawing(2, "rIdEmbedded")}</w:p>",
                "<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>详见链接</w:t></w:r></w:hyperlink></w:p>", "二、明年任务", "扩大有效投资。"), rels);

            var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(docx, "links.docx"));
            var deck = SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(outline, new ConvertOptions()));

            Assert.NotEmpty(deck);
            Assert.Contains("详见链接", outline.Sections[0].FullText, StringComparison.Ordinal);
            Assert.Empty(outline.Sections.SelectMany(s => s.Images));
            Assert.False(listener.Pending(), "something connected to the external target");
        }
        finally
        {
            listener.Stop();
        }
    }
}
