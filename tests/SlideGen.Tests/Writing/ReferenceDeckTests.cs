using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

public sealed class ReferenceDeckTests : IDisposable
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private readonly string directory = Directory.CreateTempSubdirectory("slidegen-reference-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>A reference deck with slides of its own, written by the built-in writer.</summary>
    private string BuiltInReference(string name = "reference.pptx")
    {
        var reference = new Deck { Title = "old" };
        var old = new Slide { Kind = SlideKind.Content, Title = "OLD SLIDE TEXT", Notes = "old notes" };
        old.Bullets.Add(new Bullet("old bullet"));
        reference.Slides.Add(old);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, PptxWriter.WriteBytes(SampleDecks.Fitted(reference)));
        return path;
    }

    private static Deck ChineseWith(string reference)
    {
        var deck = SampleDecks.Chinese();
        deck.Theme.ReferenceDeckPath = reference;
        return SampleDecks.Fitted(deck);
    }

    private static string AllSlideText(byte[] pptx)
    {
        using var document = PptxWriterTests.Open(pptx);
        return string.Concat(document.PresentationPart!.SlideParts.Select(s => string.Concat(XDocument.Load(s.GetStream()).Descendants(A + "t").Select(t => t.Value))));
    }

    [Fact]
    public void Slides_go_into_the_reference_layouts_and_its_own_slides_are_dropped()
    {
        var deck = ChineseWith(BuiltInReference());
        var bytes = PptxWriter.WriteBytes(deck);
        DeckAssertions.AssertValid(bytes);
        using var document = PptxWriterTests.Open(bytes);
        var slides = PptxWriterTests.SlidesInOrder(document);
        Assert.Equal(deck.Slides.Count, slides.Count);
        Assert.Equal("Title Slide", slides[0].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        Assert.Equal("Section Header", slides[2].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        Assert.Equal("Title and Content", slides[3].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        var text = AllSlideText(bytes);
        Assert.DoesNotContain("OLD SLIDE TEXT", text);
        Assert.Contains(SampleDecks.ChineseTitle, text);
    }

    [Fact]
    public void Layout_name_on_a_slide_is_matched_ignoring_case()
    {
        var deck = SampleDecks.Chinese();
        deck.Slides[3].LayoutName = "title only";
        deck.Theme.ReferenceDeckPath = BuiltInReference();
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(deck));
        DeckAssertions.AssertValid(bytes);
        using var document = PptxWriterTests.Open(bytes);
        Assert.Equal("Title Only", PptxWriterTests.SlidesInOrder(document)[3].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        Assert.Contains("坚守服务宗旨不动摇", AllSlideText(bytes));
    }

    [Fact]
    public void Same_deck_and_reference_give_identical_bytes()
    {
        var reference = BuiltInReference();
        Assert.Equal(PptxWriter.WriteBytes(ChineseWith(reference)), PptxWriter.WriteBytes(ChineseWith(reference)));
    }

    [Fact]
    public void Template_potx_gives_a_presentation()
    {
        var path = BuiltInReference("template.potx");
        using (var template = PresentationDocument.Open(path, true))
            template.ChangeDocumentType(PresentationDocumentType.Template);
        var bytes = PptxWriter.WriteBytes(ChineseWith(path));
        DeckAssertions.AssertValid(bytes);
        using var document = PptxWriterTests.Open(bytes);
        Assert.Equal(PresentationDocumentType.Presentation, document.DocumentType);
    }

    [Fact]
    public void Macros_and_external_links_of_the_reference_are_not_carried_over()
    {
        var path = BuiltInReference("macro.pptm");
        using (var reference = PresentationDocument.Open(path, true))
        {
            reference.ChangeDocumentType(PresentationDocumentType.MacroEnabledPresentation);
            var vba = reference.PresentationPart!.AddNewPart<VbaProjectPart>("rId99");
            using (var stream = vba.GetStream())
                stream.Write("not really vba"u8);
            var layout = reference.PresentationPart.SlideMasterParts.First().SlideLayoutParts.First();
            var link = layout.AddHyperlinkRelationship(new Uri("https://example.invalid/tracker"), true, "rId77");
            XDocument xml;
            using (var input = layout.GetStream())
                xml = XDocument.Load(input);
            var firstRun = xml.Descendants(A + "rPr").First();
            firstRun.Add(new XElement(A + "hlinkClick", new XAttribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"), link.Id)));
            using var output = layout.GetStream(FileMode.Create);
            xml.Save(output);
        }

        var bytes = PptxWriter.WriteBytes(ChineseWith(path));
        DeckAssertions.AssertValid(bytes);
        using var document = PptxWriterTests.Open(bytes);
        Assert.Equal(PresentationDocumentType.Presentation, document.DocumentType);
        Assert.Null(document.PresentationPart!.VbaProjectPart);
        foreach (var part in document.GetAllParts())
        {
            Assert.Empty(part.ExternalRelationships);
            Assert.DoesNotContain(part.HyperlinkRelationships, r => r.IsExternal);
        }
    }

    [Fact]
    public void Missing_reference_deck_is_a_template_error_naming_the_file()
    {
        var deck = new Deck();
        deck.Theme.ReferenceDeckPath = Path.Combine(directory, "nowhere.pptx");
        var error = Assert.Throws<SlideGenException>(() => PptxWriter.WriteBytes(deck));
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains("nowhere.pptx", error.Message);
        Assert.Throws<SlideGenException>(() => DeckFitter.Fit(deck));
    }

    [Fact]
    public void Corrupt_reference_deck_is_a_template_error_naming_the_file()
    {
        var path = Path.Combine(directory, "broken.pptx");
        File.WriteAllText(path, "this is not a zip file");
        var deck = new Deck();
        deck.Theme.ReferenceDeckPath = path;
        var error = Assert.Throws<SlideGenException>(() => PptxWriter.WriteBytes(deck));
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains("broken.pptx", error.Message);
    }

    [LibreOfficeFact]
    public void Deck_saved_by_LibreOffice_works_as_reference()
    {
        var source = BuiltInReference("saved-by-lo.pptx");
        var converted = Path.Combine(directory, "converted");
        Directory.CreateDirectory(converted);
        var reference = LibreOffice.Convert(source, "pptx", converted);

        var deck = ChineseWith(reference);
        var bytes = PptxWriter.WriteBytes(deck);
        DeckAssertions.AssertValid(bytes);
        Assert.DoesNotContain("OLD SLIDE TEXT", AllSlideText(bytes));

        var output = Path.Combine(directory, "from-lo-reference.pptx");
        File.WriteAllBytes(output, bytes);
        var pdf = LibreOffice.Convert(output, "pdf", directory);
        var pages = ExternalProgram.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).Split('\f').Length - 1;
        Assert.Equal(deck.Slides.Count, pages);
    }

    [Fact]
    public void Pandoc_reference_deck_works()
    {
        if (!ExternalProgram.OnPath("pandoc"))
            return; // pandoc is optional; the LibreOffice and built-in references cover the same code
        var path = Path.Combine(directory, "pandoc-reference.pptx");
        var bytesOfReference = ExternalProgram.Run("sh", ["-c", $"pandoc -o '{path}' --print-default-data-file reference.pptx"]);
        Assert.True(File.Exists(path), bytesOfReference);
        var deck = ChineseWith(path);
        var bytes = PptxWriter.WriteBytes(deck);
        DeckAssertions.AssertValid(bytes);
        using var document = PptxWriterTests.Open(bytes);
        Assert.Equal(deck.Slides.Count, document.PresentationPart!.SlideParts.Count());
    }
}
