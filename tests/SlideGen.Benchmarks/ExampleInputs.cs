using System.Runtime.CompilerServices;
using System.Text;
using SlideGen.Sections;

namespace SlideGen.Benchmarks;

/// <summary>The shipped examples, and one of them scaled up, as the benchmarks' inputs.</summary>
public static class ExampleInputs
{
    public const string ScaledSource = "party-branch-speech.txt";
    /// <summary>The linear-growth target is stated for a speech thirty times longer.</summary>
    public const int ScaleFactor = 30;
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

    /// <summary>
    /// One speech: the whole example once, then its body again and again, as a long meeting speech would run. The
    /// parts (一、二、三、) are numbered on through the copies (四、五、… 九十、), so the document is one long outline
    /// rather than the same three points thirty times, and the detector sees the numbering it would see in a real one.
    /// </summary>
    private static byte[] Scaled(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").TrimEnd('\n').Split("\n\n");
        var part = 0;
        var speech = new StringBuilder();
        for (var copy = 0; copy < ScaleFactor; copy++)
        {
            foreach (var paragraph in copy == 0 ? paragraphs : paragraphs.Skip(OpeningParagraphs))
            {
                if (speech.Length > 0) speech.Append("\n\n");
                speech.Append(PartNumber(paragraph) > 0 ? Numerals.ToChinese(++part) + paragraph[paragraph.IndexOf('、', StringComparison.Ordinal)..] : paragraph);
            }
        }
        speech.Append('\n');
        return Encoding.UTF8.GetBytes(speech.ToString());
    }

    /// <summary>The number of a part heading such as 二、提高政治站位…, 0 for any other paragraph.</summary>
    private static int PartNumber(string paragraph)
    {
        var mark = paragraph.IndexOf('、', StringComparison.Ordinal);
        return mark is > 0 and <= 3 ? Numerals.ParseChinese(paragraph.AsSpan(0, mark)) : 0;
    }

    /// <summary>Writes the generated inputs to a folder, for the whole-command comparison script.</summary>
    public static void WriteGenerated(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ScaledName), Bytes(ScaledName));
    }

    /// <summary>
    /// BenchmarkDotNet runs each benchmark from a generated project under bin/, so the repository is found by
    /// walking up to SlideGen.sln from the program, or from the working folder when the build is elsewhere.
    /// </summary>
    private static string ExamplesFolder([CallerFilePath] string sourceFile = "")
    {
        // The source file's own path last: a build under --artifacts-path /tmp has neither the program nor BenchmarkDotNet's
        // working folder inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "" })
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
