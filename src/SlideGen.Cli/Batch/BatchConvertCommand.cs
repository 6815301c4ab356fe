using System.Diagnostics;
using System.Globalization;
using SlideGen.Batch;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Cli.Batch;

/// <summary>
/// <c>slidegen convert A B DIR -o OUTDIR</c>: several inputs, or a folder, converted in parallel. The library does the
/// work (<see cref="BatchConverter"/>); this class only reports it: a live bar when standard error is a terminal,
/// otherwise one line per file in the order of the inputs, then a summary.
/// </summary>
public static class BatchConvertCommand
{
    /// <summary>
    /// Convert runs as a batch with several inputs, a folder, or --output-dir. A lone folder with -o naming a deck
    /// (convert speech.txt -o speech.pptx, where speech.txt is a folder) was meant as a file: the single convert refuses it.
    /// </summary>
    public static bool IsBatch(IReadOnlyList<string> inputs, Options options) =>
        inputs.Count > 1 || options.Has("--output-dir")
        || (inputs.Count == 1 && inputs[0] != "-" && Directory.Exists(inputs[0]) && !NamesADeck(options.Get("--output")));

    private static bool NamesADeck(string? output) =>
        output is not null && output.EndsWith(BatchInputs.DeckExtension, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(output);

    public static int Run(IReadOnlyList<string> inputs, Options options, ConvertOptions convertOptions, TextWriter stdout, TextWriter stderr)
    {
        if (inputs.Contains("-")) throw new OptionException("standard input (-) cannot be one of several inputs; convert it on its own with -o OUT.pptx");
        if (options.Has("--preview")) throw new OptionException("--preview works with one input; run slidegen preview on the decks you want to see");
        if (options.Has("--output") && options.Has("--output-dir")) throw new OptionException("give either -o or --output-dir, not both");
        var outputFolder = options.Get("--output-dir") ?? options.Get("--output");
        if (NamesADeck(outputFolder))
            throw new OptionException($"with several inputs or a folder, -o names a folder for the decks, not a deck ('{outputFolder}')");
        var parallelism = ParseJobs(options.Get("--jobs"));
        var quiet = options.Has("--quiet");

        // A template that cannot even be loaded is one error for the command, not the same error once per file.
        TemplateCatalog.Resolve(convertOptions.Template);
        var plan = BatchInputs.Plan(inputs, outputFolder);
        foreach (var warning in plan.Warnings.Concat(plan.Jobs.Select(job => job.Note).OfType<string>())) stderr.WriteLine(warning);
        if (plan.Jobs.Count == 0)
            throw new SlideGenException(new SourcePosition(inputs[0]), $"nothing to convert: no {string.Join(", ", BatchInputs.FolderExtensions)} files", ExitCodes.InputNotFound);
        if (outputFolder is not null) BatchInputs.PrepareOutputFolder(outputFolder);

        var clock = Stopwatch.StartNew();
        var bar = Terminal.IsInteractive(stderr) ? new ProgressBar(stderr, plan.Jobs.Count, Terminal.Width()) : null;
        // On a terminal the bar stands for the list of decks; a list still goes to standard output when that is a file.
        var listDecks = !quiet && (bar is null || Console.IsOutputRedirected);
        // Redirected output is the same from run to run: each file's lines wait for every earlier file's. A person at a
        // terminal sees each problem as soon as it happens; the line names its file.
        var lines = new InOrderLines(plan.Jobs.Count, stdout, bar is null ? stderr.WriteLine : bar.WriteLineAbove);
        var result = BatchConverter.ConvertMany(plan.Jobs, convertOptions, parallelism, item =>
        {
            if (bar is null)
            {
                lines.Add(item.Index, LinesOf(item, listDecks));
                return;
            }
            foreach (var (_, text) in LinesOf(item, listDecks: false)) bar.WriteLineAbove(text);
            if (listDecks) lines.Add(item.Index, LinesOf(item, listDecks).Where(line => line.ToStandardOutput).ToList());
            bar.Finished(Path.GetFileName(item.Job.InputPath), item.Succeeded);
        });
        bar?.Clear();

        if (!quiet || result.Failed > 0)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"converted {result.Converted} of {result.Items.Count} files, {result.Failed} failed, {clock.Elapsed.TotalSeconds:0.0} s"));
        return result.Failed > 0 ? ExitCodes.BatchFailed : ExitCodes.Success;
    }

    /// <summary>What one file says: its deck (standard output) or its error, then its warnings (standard error).</summary>
    private static List<(bool ToStandardOutput, string Text)> LinesOf(BatchItemResult item, bool listDecks)
    {
        var lines = new List<(bool, string)>();
        if (item.Result is { } result)
        {
            if (listDecks) lines.Add((true, $"{result.OutputPath}: {result.Deck.Slides.Count} slides from {result.Outline.Sections.Count} sections"));
            lines.AddRange(result.Outline.Warnings.Select(warning => (false, $"warning: {warning}")));
        }
        if (item.Error is { } error) lines.Add((false, error.Message));
        return lines;
    }

    private static int ParseJobs(string? value)
    {
        if (value is null) return Environment.ProcessorCount;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1
            ? jobs
            : throw new OptionException($"--jobs '{value}' is not a number of files to convert at once (1 or more)");
    }

    /// <summary>
    /// Holds each file's lines until every earlier file has printed, so that redirected output is the same from run
    /// to run whatever order the workers finish in.
    /// </summary>
    private sealed class InOrderLines(int count, TextWriter stdout, Action<string> stderrLine)
    {
        private readonly List<(bool ToStandardOutput, string Text)>?[] _pending = new List<(bool, string)>?[count];
        private int _next;

        public void Add(int index, List<(bool ToStandardOutput, string Text)> lines)
        {
            _pending[index] = lines;
            for (; _next < count && _pending[_next] is { } ready; _next++)
            {
                foreach (var (toStandardOutput, text) in ready)
                {
                    if (toStandardOutput) stdout.WriteLine(text);
                    else stderrLine(text);
                }
                _pending[_next] = null;
            }
        }
    }
}
