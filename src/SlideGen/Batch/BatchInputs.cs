using SlideGen.Diagnostics;

namespace SlideGen.Batch;

/// <summary>The jobs of a batch, and what was noticed while listing them (a folder with nothing to convert).</summary>
public sealed record BatchPlan(IReadOnlyList<BatchJob> Jobs, IReadOnlyList<string> Warnings);

/// <summary>
/// Turns the inputs of a batch (files and folders) into jobs: which files, in which order, to which decks.
/// Folders give their .txt, .md, .markdown and .docx files, recursively, in ordinal order of their path inside
/// the folder; hidden files and folders, Word's lock files (~$…) and the output folder are skipped.
/// </summary>
public static class BatchInputs
{
    public static IReadOnlyList<string> FolderExtensions { get; } = [".txt", ".md", ".markdown", ".docx"];

    public const string DeckExtension = ".pptx";

    /// <summary>
    /// Lists the jobs. With <paramref name="outputFolder"/>, a file named directly becomes OUT/name.pptx and a file
    /// found in a folder keeps its path inside that folder; without it, every deck goes beside its input, as a
    /// single convert does. The same file named twice is converted once.
    /// </summary>
    public static BatchPlan Plan(IReadOnlyList<string> inputs, string? outputFolder)
    {
        var fullOutputFolder = outputFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var jobs = new List<BatchJob>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = 0;
                // Decks written into the input folder itself (-o names it) leave its files inputs; a folder below it holds only output.
                var fullInput = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
                var skipped = string.Equals(fullInput, fullOutputFolder, StringComparison.Ordinal) ? null : fullOutputFolder;
                foreach (var relative in FilesIn(input, skipped))
                {
                    found++;
                    var file = Path.Combine(input, relative);
                    if (seen.Add(Path.GetFullPath(file)))
                        jobs.Add(new BatchJob(file, DeckPath(file, relative, outputFolder)) { CreatesFolder = outputFolder is not null });
                }
                if (found == 0)
                    warnings.Add($"{input}: warning: no {string.Join(", ", FolderExtensions)} files in this folder");
                continue;
            }
            // A file that does not exist still becomes a job: it fails with its own one-line error, the others convert.
            if (seen.Add(Path.GetFullPath(input)))
                jobs.Add(new BatchJob(input, DeckPath(input, Path.GetFileName(input), outputFolder)));
        }
        return new BatchPlan(WithoutCollisions(jobs), warnings);
    }

    /// <summary>
    /// The output folder of a batch: used when it exists; created when only its last part is missing, so that a
    /// typing mistake in a parent folder is an error rather than a new tree of folders somewhere unexpected.
    /// </summary>
    public static void PrepareOutputFolder(string folder)
    {
        var position = new SourcePosition(folder);
        if (File.Exists(folder))
            throw new SlideGenException(position, "this is a file; with several inputs, -o names the folder the decks are written to", ExitCodes.OutputError);
        if (Directory.Exists(folder)) return;
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (parent is not null && !Directory.Exists(parent))
            throw new SlideGenException(position, $"the folder {parent} does not exist; only the last folder of -o is created", ExitCodes.OutputError);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlideGenException(position, $"cannot create the output folder: {e.Message}", ExitCodes.OutputError, e);
        }
    }

    private static List<string> FilesIn(string folder, string? skippedFolder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Hidden on Unix means a name that starts with a dot: .git, editors' swap files, our own temporary decks.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(file => IsConvertible(file) && !IsInside(file, skippedFolder))
            .Select(file => Path.GetRelativePath(folder, file))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsConvertible(string file)
    {
        var name = Path.GetFileName(file);
        // ~$name.docx is the lock file Word keeps beside an open document.
        if (name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.')) return false;
        var extension = Path.GetExtension(name);
        return FolderExtensions.Any(known => string.Equals(known, extension, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsInside(string file, string? folder) =>
        folder is not null && Path.GetFullPath(file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string DeckPath(string input, string relative, string? outputFolder) =>
        outputFolder is null
            ? Path.ChangeExtension(input, DeckExtension)
            : Path.Combine(outputFolder, Path.ChangeExtension(relative, DeckExtension));

    /// <summary>
    /// Two inputs that would make the same deck (a.txt and a.md) both keep their extension in the deck's name
    /// (a.txt.pptx, a.md.pptx), so neither overwrites the other; inputs that still collide (x/a.txt and y/a.txt
    /// given as files to one folder) are refused, each with an error that names the others.
    /// Names are compared as the platform's file systems usually do: ignoring case on Windows and macOS.
    /// </summary>
    private static List<BatchJob> WithoutCollisions(List<BatchJob> jobs)
    {
        var renamed = jobs.ToList();
        foreach (var group in Collisions(jobs))
        {
            foreach (var index in group)
            {
                var job = jobs[index];
                var deck = Path.Combine(Path.GetDirectoryName(job.OutputPath) ?? "", Path.GetFileName(job.InputPath) + DeckExtension);
                var others = group.Where(other => other != index).Select(other => jobs[other].InputPath);
                renamed[index] = job with
                {
                    OutputPath = deck,
                    Note = $"{job.InputPath}: warning: {string.Join(", ", others)} would make the same deck {job.OutputPath}; this one is written to {deck}",
                };
            }
        }
        foreach (var group in Collisions(renamed))
        {
            foreach (var index in group)
            {
                var job = renamed[index];
                var others = group.Where(other => other != index).Select(other => renamed[other].InputPath);
                renamed[index] = job with
                {
                    Note = null,
                    Refusal = new SlideGenException(new SourcePosition(job.InputPath),
                        $"{string.Join(", ", others)} would be written to the same deck {job.OutputPath}; convert them to different folders",
                        ExitCodes.OutputError),
                };
            }
        }
        return renamed;
    }

    private static StringComparer DeckNames =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The indexes of jobs that share a deck, per deck, in job order.</summary>
    private static List<List<int>> Collisions(List<BatchJob> jobs) =>
        jobs.Select((job, index) => (Deck: Path.GetFullPath(job.OutputPath), Index: index))
            .GroupBy(entry => entry.Deck, DeckNames)
            .Where(group => group.Count() > 1)
            .Select(group => group.Select(entry => entry.Index).ToList())
            .ToList();
}
