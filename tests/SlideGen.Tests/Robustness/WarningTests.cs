using System.Text;
using SlideGen.Reading;

namespace SlideGen.Tests.Robustness;

/// <summary>Warnings are read on a terminal: one short line each, however long the text they quote.</summary>
public sealed class WarningTests
{
    [Fact]
    public void A_warning_quotes_at_most_sixty_characters_of_a_heading()
    {
        var heading = string.Concat(Enumerable.Repeat("推进高质量发展", 100));
        var text = $"标题\n1. {heading}\n2. {heading}\n";

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "long.txt"));

        Assert.NotEmpty(outline.Warnings);
        Assert.All(outline.Warnings, w => Assert.True(w.Length < 120, w));
    }
}
