using System.Text;

namespace SlideGen.Benchmarks;

/// <summary>The shipped examples, and one of them scaled up, as the benchmarks' inputs.</summary>
public static class ExampleInputs
{
    public const string ScaledSource = "party-branch-speech.txt";
    public const int ScaleFactor = 10;
    public static readonly string ScaledName = $"party-branch-speech-x{ScaleFactor}.txt";

    /// <summary>Title, date and salutation: a long speech says them once, so the repeats leave them out.</summary>
    private const int OpeningParagraphs = 3;

    /// <summary>Every example in examples/ plus the scaled speech; the names are the benchmark parameter values.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(ExamplesFolder())
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Append(ScaledName);

    public static byte[] Bytes(string name) =>
        name == ScaledName ? Scaled(File.ReadAllText(PathOf(ScaledSource))) : File.ReadAllBytes(PathOf(name));

    /// <summary>A real file for the whole-conversion benchmark; the scaled speech is written to a temporary folder.</summary>
    public static string FileFor(string name, string temporaryFolder)
    {
        if (name != ScaledName) return PathOf(name);
        var path = Path.Combine(temporaryFolder, ScaledName);
        File.WriteAllBytes(path, Bytes(name));
        return path;
    }

    public static string PathOf(string name) => Path.Combine(ExamplesFolder(), name);

    /// <summary>One speech: the whole example once, then its body again and again, as a long meeting speech would run.</summary>
    private static byte[] Scaled(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n");
        var body = string.Join("\n\n", paragraphs.Skip(OpeningParagraphs)).TrimEnd('\n');
        var speech = new StringBuilder(text.TrimEnd('\n'));
        for (var copy = 1; copy < ScaleFactor; copy++)
            speech.Append("\n\n").Append(body);
        speech.Append('\n');
        return Encoding.UTF8.GetBytes(speech.ToString());
    }

    /// <summary>
    /// BenchmarkDotNet runs each benchmark from a generated project under bin/, so the repository is found by
    /// walking up to SlideGen.sln from the program, or from the working folder when the build is elsewhere.
    /// </summary>
    private static string ExamplesFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "SlideGen.sln")))
                    return Path.Combine(folder.FullName, "examples");
            }
        }
        throw new InvalidOperationException("SlideGen.sln not found above the benchmarks or the working folder; run from the repository.");
    }
}
