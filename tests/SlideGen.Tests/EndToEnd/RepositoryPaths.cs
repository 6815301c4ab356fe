using System.Runtime.CompilerServices;

namespace SlideGen.Tests.EndToEnd;

/// <summary>Finds the repository's folders (examples/, templates/) from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static IEnumerable<string> ExampleFiles() =>
        Directory.EnumerateFiles(Examples)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx")
            .Order(StringComparer.Ordinal);

    // The output directory may be outside the tree (dotnet test --artifacts-path), so the source file's own path is tried too.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SlideGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SlideGen.sln not found above " + AppContext.BaseDirectory);
    }
}
