using System.Runtime.CompilerServices;

namespace SlideGen.Corpus;

/// <summary>One real document of the corpus and its gold outline (X.txt, X.md: gold/X.json; X.docx: gold/X.docx.json).</summary>
public sealed record CorpusDocument(string Name, string InputPath, string GoldPath);

/// <summary>Finds the corpus and the repository; lists the documents that have a gold outline.</summary>
public static class CorpusDocuments
{
    public const string EnvironmentVariable = "SLIDEGEN_CORPUS";

    /// <summary>
    /// SLIDEGEN_CORPUS when set; else shared/corpus beside the repository (../shared/corpus), or beside a folder above it
    /// (../../shared/corpus for a git worktree under a folder of worktrees). Null when there is none.
    /// </summary>
    public static string? Find(string repositoryRoot)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        for (var dir = Directory.GetParent(Path.GetFullPath(repositoryRoot)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "gold"))) return candidate;
        }
        return null;
    }

    /// <summary>Why the corpus cannot be used, or null when it can: for skip messages.</summary>
    public static string? Unavailable(string? corpus) =>
        corpus is null ? $"no corpus: ../shared/corpus not found beside the repository and {EnvironmentVariable} not set"
        : !Directory.Exists(Path.Combine(corpus, "gold")) ? $"no corpus: {corpus} has no gold/ folder"
        : null;

    /// <summary>The .txt, .md and .docx files of the corpus that have a gold outline, in ordinal order of their names.</summary>
    public static IReadOnlyList<CorpusDocument> List(string corpus) =>
        Directory.EnumerateFiles(corpus)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx")
            .Select(f => new CorpusDocument(Path.GetFileName(f), f, GoldPath(corpus, f)))
            .Where(d => File.Exists(d.GoldPath))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Documents without a gold outline (SOURCES.md, a file added without one): listed, not scored.</summary>
    public static IReadOnlyList<string> WithoutGold(string corpus) =>
        Directory.EnumerateFiles(corpus)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx" && !File.Exists(GoldPath(corpus, f)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string GoldPath(string corpus, string input)
    {
        var name = Path.GetFileName(input);
        var goldName = Path.GetExtension(name) == ".docx" ? name + ".json" : Path.GetFileNameWithoutExtension(name) + ".json";
        return Path.Combine(corpus, "gold", goldName);
    }

    /// <summary>../shared/tools/score_outline.py beside the corpus (the official scorer), when it is there.</summary>
    public static string? PythonScorer(string corpus)
    {
        var path = Path.GetFullPath(Path.Combine(corpus, "..", "tools", "score_outline.py"));
        return File.Exists(path) ? path : null;
    }

    /// <summary>The folder that holds SlideGen.sln, from the program's folder, the current folder or this source file.</summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SlideGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SlideGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The floors file the corpus test checks: tests/SlideGen.Tests/Corpus/corpus-floors.json.</summary>
    public static string FloorsPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "tests", "SlideGen.Tests", "Corpus", "corpus-floors.json");
}
