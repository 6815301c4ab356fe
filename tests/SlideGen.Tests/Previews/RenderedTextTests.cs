using SlideGen.Decks;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Previews;

/// <summary>
/// The visual check itself: every example with every template passes it (in <see cref="EndToEnd.RenderedLayoutTests"/>,
/// which renders them once for both checks); here it is shown to fail, naming slide and text, when text does not fit.
/// </summary>
public sealed class RenderedTextTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slidegen-text-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [LibreOfficeFact]
    public void The_check_names_the_slide_and_the_text_of_a_bullet_too_long_to_fit()
    {
        // Written without DeckFitter: at the default size this bullet needs far more lines than the slide has.
        const string tail = "最后这句话落在幻灯片下边以外";
        var bullet = string.Concat(Enumerable.Repeat("坚持把党建工作同业务工作一起谋划一起部署一起落实一起检查，", 12)) + tail;
        var deck = new Deck { Title = "溢出" };
        deck.Slides.Add(new Slide { Kind = SlideKind.Title, Title = "溢出检查" });
        var slide = new Slide { Kind = SlideKind.Content, Title = "过长的要点" };
        slide.Bullets.Add(new Bullet(bullet));
        deck.Slides.Add(slide);
        var path = Path.Combine(_output, "too-long.pptx");
        File.WriteAllBytes(path, SlideGenerator.WriteDeck(deck));

        var problems = RenderedText.Problems(path, LibreOffice.Convert(path, "pdf", _output));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("slide 2: ", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(tail, StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public void The_check_passes_the_same_slide_once_it_is_fitted()
    {
        var deck = new Deck { Title = "适配" };
        var slide = new Slide { Kind = SlideKind.Content, Title = "要点" };
        slide.Bullets.Add(new Bullet("坚持把党建工作同业务工作一起谋划、一起部署、一起落实、一起检查"));
        slide.Bullets.Add(new Bullet("Keep every line whole", Level: 1));
        deck.Slides.Add(slide);
        DeckFitter.Fit(deck);
        var path = Path.Combine(_output, "fitted.pptx");
        File.WriteAllBytes(path, SlideGenerator.WriteDeck(deck));

        Assert.Empty(RenderedText.Problems(path, LibreOffice.Convert(path, "pdf", _output)));
    }

    [Theory]
    [InlineData("•要点一•要点二", "•要点一", "text on the slide is not drawn: '•要点二' (after '•要点一')")]
    [InlineData("•要点一", "•要点一3", "text is drawn that is not on the slide: '3' (after '•要点一')")]
    [InlineData("标题甲乙", "标题甲丙", "the slide says '乙' but the page shows '丙' (after '标题甲')")]
    public void Difference_names_what_is_missing_or_added(string expected, string drawn, string message)
    {
        Assert.Equal(message, RenderedText.Difference(expected, drawn));
    }
}
