using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

/// <summary>Decks must open in LibreOffice as they are: one page per slide, Chinese text as text.</summary>
public sealed class RenderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("slidegen-render-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [LibreOfficeFact]
    public void LibreOffice_renders_one_page_per_slide_with_the_Chinese_titles()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        deck.Theme.Logo = SampleDecks.Image(400, 100, SlideGen.Decks.ImageRole.Logo, "logo.png");
        var pptx = Path.Combine(directory, "speech.pptx");
        File.WriteAllBytes(pptx, PptxWriter.WriteBytes(deck));

        var pdf = LibreOffice.Convert(pptx, "pdf", directory);
        var text = ExternalProgram.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
        var pages = text.Split('\f', StringSplitOptions.None).Length - 1;
        Assert.Equal(deck.Slides.Count, pages);
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var slide in deck.Slides)
            Assert.Contains(string.Concat(slide.Title.Where(c => !char.IsWhiteSpace(c))), compact);
    }
}
