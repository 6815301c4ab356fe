using SlideGen.Decks;
using SlideGen.Tests.EndToEnd;

namespace SlideGen.Tests.Outlines;

/// <summary>README "When the outline is wrong": the example's outline is wrong, and the corrected outline file makes the deck meant.</summary>
public sealed class WalkthroughTests
{
    private static string Docs(string name) => Path.Combine(RepositoryPaths.Root, "docs", "outline", name);

    [Fact]
    public void Detection_makes_the_ten_habits_ten_sections()
    {
        var outline = RoundTrip.Detect(Docs("habits-talk.txt"));

        Assert.Equal(12, outline.Sections.Count);
        Assert.Equal("Write the runbook before the launch, not after the first outage", outline.Sections[2].Heading);
    }

    [Fact]
    public void The_corrected_outline_makes_three_sections_with_the_habits_as_bullets()
    {
        var file = RoundTrip.Read(File.ReadAllText(Docs("habits-talk.outline.md")), "habits-talk.outline.md");
        var outline = file.Outline;

        Assert.Equal(["What went well", "Ten habits worth keeping", "What comes next"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(10, outline.Sections[1].Bullets.Count);
        Assert.Contains("\n10. Celebrate the quiet weeks.", outline.Sections[1].OwnText, StringComparison.Ordinal);
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Date = RoundTrip.Date });
        Assert.Equal([SlideKind.Title, SlideKind.Agenda, SlideKind.Content, SlideKind.Content, SlideKind.Content, SlideKind.Closing], deck.Slides.Select(s => s.Kind));
        Assert.Equal("Celebrate the quiet weeks", deck.Slides[3].Bullets[^1].Text);
    }
}
