using System.Text;
using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Tests.Robustness;

/// <summary>Inputs the fuzzer (AFL++ with SharpFuzz) or the long property run found crashing; each gives a deck or a clear error now.</summary>
public sealed class FuzzFindingTests
{
    [Theory]
    [InlineData("~~~)", "found.md")]
    [InlineData("```", "found.md")]
    [InlineData("# Title\n\n~~~", "found.md")]
    public void Found_inputs_give_a_deck_or_a_clear_error(string text, string name)
    {
        try
        {
            var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(Encoding.UTF8.GetBytes(text), name));
            Assert.NotEmpty(SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(outline, new ConvertOptions())));
        }
        catch (SlideGenException e)
        {
            Assert.StartsWith(name + ": error: ", e.Message, StringComparison.Ordinal);
        }
    }
}
