using System.Text;
using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Tests.EndToEnd;

/// <summary>
/// Damaged and odd inputs must end in a deck or in a SlideGenException (one line, an exit code), never in a crash.
/// The mutations are seeded, so a failure here reproduces.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 24; seed++) data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_examples_give_a_deck_or_a_clear_error(int seed)
    {
        var random = new Random(seed);
        foreach (var example in RepositoryPaths.ExampleFiles())
        {
            var bytes = File.ReadAllBytes(example);
            var mutated = Mutate(bytes, random);
            AssertDeckOrClearError(mutated, Path.GetFileName(example));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_Word_files_give_a_deck_or_a_clear_error(int seed)
    {
        var random = new Random(seed);
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "SlideGen.Tests", "Fixtures", "Readers");
        foreach (var docx in Directory.GetFiles(folder, "*.docx").Order(StringComparer.Ordinal))
            AssertDeckOrClearError(Mutate(File.ReadAllBytes(docx), random), Path.GetFileName(docx));
    }

    [Theory]
    [InlineData("一、\n\n二、\n\n三、")]
    [InlineData("同志们：")]
    [InlineData("（一）（二）（三）一是二是三是首先其次最后第一，第二，")]
    [InlineData("1.\n2.\n3.\n")]
    [InlineData("#\n##\n###\n")]
    [InlineData("---\ntitle:\n---\n")]
    [InlineData("一是。二是。三是。")]
    [InlineData("**\n**\n")]
    public void Degenerate_texts_give_a_deck_or_a_clear_error(string text)
    {
        AssertDeckOrClearError(Encoding.UTF8.GetBytes(text), "odd.txt");
        AssertDeckOrClearError(Encoding.UTF8.GetBytes(text), "odd.md");
    }

    private static void AssertDeckOrClearError(byte[] bytes, string name)
    {
        try
        {
            var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(bytes, name));
            var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());
            Assert.NotEmpty(SlideGenerator.WriteDeck(deck));
        }
        catch (SlideGenException e)
        {
            Assert.StartsWith(name, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    /// <summary>Cuts, duplicates, flips and deletes bytes the way broken copies and bad transfers do.</summary>
    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var result = new List<byte>(bytes);
        for (var n = random.Next(1, 20); n > 0 && result.Count > 2; n--)
        {
            var at = random.Next(result.Count);
            switch (random.Next(4))
            {
                case 0: result.RemoveRange(at, Math.Min(random.Next(1, 200), result.Count - at)); break;
                case 1: result.InsertRange(at, result.GetRange(at, Math.Min(random.Next(1, 200), result.Count - at))); break;
                case 2: result[at] = (byte)random.Next(256); break;
                default: result.Insert(at, (byte)"\n 。，、一是（）1.#*"[random.Next(13)]); break;
            }
        }
        return result.ToArray();
    }
}
