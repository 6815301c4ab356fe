using System.Globalization;
using SlideGen.Diagnostics;
using SlideGen.Cli.Batch;
using SlideGen.Reading;

namespace SlideGen.Cli.Commands;

public static class ConvertCommand
{
    private static readonly Dictionary<string, string> Aliases = new() { ["-o"] = "--output", ["-t"] = "--template", ["-j"] = "--jobs" };
    private static readonly HashSet<string> Flags = ["--quiet", "--preview"];
    private static readonly HashSet<string> Valued = ["--output", "--template", "--reference", "--from", "--date", "--encoding", "--output-dir", "--jobs", "--minutes", "--slides"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Aliases, Flags, Valued);
        if (BatchConvertCommand.IsBatch(options.Positionals, options))
            return BatchConvertCommand.Run(options.Positionals, options, ConvertOptionsOf(options), stdout, stderr);
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "convert takes one INPUT (a file, or - for standard input)");
        var input = options.Positionals[0];
        var from = options.Get("--from") is { } f ? DocumentLoader.ParseFormat(f) : (InputFormat?)null;
        var output = options.Get("--output")
            ?? (input == "-" ? throw new OptionException("reading standard input needs -o OUT.pptx") : Path.ChangeExtension(input, ".pptx"));
        var convertOptions = new ConvertOptions
        {
            From = from,
            Template = options.Get("--template"),
            ReferenceDeck = options.Get("--reference"),
            Date = options.Get("--date") is { } d ? ParseDate(d) : null,
            Encoding = options.Get("--encoding"),
            Minutes = Minutes(options),
            Slides = Slides(options),
        };
        var (bytes, name) = InputFiles.ReadBytes(input);
        var result = SlideGenerator.Convert(bytes, name, output, convertOptions);
        foreach (var warning in result.Outline.Warnings) stderr.WriteLine($"warning: {warning}");
        if (!options.Has("--quiet"))
            stdout.WriteLine($"{result.OutputPath}: {result.Deck.Slides.Count} slides from {result.Outline.Sections.Count} sections");
        if (options.Has("--preview")) PreviewCommand.WriteBeside(result.OutputPath, stdout, options.Has("--quiet"));
        return ExitCodes.Success;
    }

    private static ConvertOptions ConvertOptionsOf(Options options) => new()
    {
        From = options.Get("--from") is { } f ? DocumentLoader.ParseFormat(f) : null,
        Template = options.Get("--template"),
        ReferenceDeck = options.Get("--reference"),
        Date = options.Get("--date") is { } d ? ParseDate(d) : null,
        Encoding = options.Get("--encoding"),
        Minutes = Minutes(options),
        Slides = Slides(options),
    };

    internal static double? Minutes(Options options)
    {
        if (options.Get("--minutes") is not { } value) return null;
        if (options.Has("--slides")) throw new OptionException("give --minutes or --slides, not both");
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= 600
            ? minutes
            : throw new OptionException($"--minutes '{value}' is not a number of minutes from 1 to 600");
    }

    internal static int? Slides(Options options) => options.Get("--slides") is not { } value ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var slides) && slides is >= 3 and <= 1000
            ? slides
            : throw new OptionException($"--slides '{value}' is not a number of slides from 3 to 1000");

    // ISO dates only: 03/01/2024 means March in one country and January in another.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmK"];

    internal static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new OptionException($"--date '{value}' is not a date (use YYYY-MM-DD)");
}
