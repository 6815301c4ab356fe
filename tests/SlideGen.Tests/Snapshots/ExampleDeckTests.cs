using System.Runtime.CompilerServices;
using SlideGen.Testing;

namespace SlideGen.Tests.Snapshots;

/// <summary>
/// Every example in examples/ with every built-in template has a verified snapshot beside this file, so a change to
/// reading, extraction, planning or a template shows in review as a readable diff of the decks it changes.
/// After an intended change, run the tests with SLIDEGEN_ACCEPT=1 and review the changed .verified.txt files.
/// </summary>
public class ExampleDeckTests
{
    private static readonly string[] ExampleExtensions = [".txt", ".md", ".docx"];

    public static TheoryData<string, string> ExamplesWithTemplates()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Examples())
            foreach (var template in Templates())
                data.Add(example, template);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesWithTemplates))]
    public void Deck(string example, string template)
    {
        using var temp = new TempDirectory();
        var options = new ConvertOptions { Template = Path.Combine(RepositoryRoot(), "templates", template) };

        var result = SlideGenerator.Convert(Path.Combine(RepositoryRoot(), "examples", example), temp.File("deck.pptx"), options);

        DeckVerifier.VerifyDeck(result, parameters: $"example={example}_template={template}");
    }

    [Fact]
    public void EveryVerifiedSnapshot_BelongsToAnExampleAndATemplate()
    {
        var expected = ExamplesWithTemplates().Select(row => $"{nameof(ExampleDeckTests)}.{nameof(Deck)}_example={row[0]}_template={row[1]}.verified.txt").ToHashSet();
        var folder = Path.GetDirectoryName(SourceFile())!;

        var stale = Directory.EnumerateFiles(folder, $"{nameof(ExampleDeckTests)}.*.verified.txt")
            .Select(Path.GetFileName)
            .Where(name => !expected.Contains(name!))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(stale.Count == 0, "snapshots of removed examples or templates; delete them: " + string.Join(", ", stale));
    }

    private static IEnumerable<string> Examples() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "examples"))
            .Where(path => ExampleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> Templates() =>
        Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "templates"))
            .Where(folder => File.Exists(Path.Combine(folder, "template.json")))
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SlideGen.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"no SlideGen.sln above {SourceFile()}");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
