using System.Globalization;
using SlideGen.Diagnostics;
using SlideGen.Previews;

namespace SlideGen.Cli.Commands;

/// <summary>
/// <c>slidegen preview DECK.pptx [-o SHEET.png] [--slides 1-5] [--columns N] [--width PX] [--each DIR] [--soffice PATH]</c>:
/// pictures of a deck drawn by LibreOffice, for people without PowerPoint.
/// </summary>
public static class PreviewCommand
{
    private static readonly Dictionary<string, string> Aliases = new() { ["-o"] = "--output" };
    private static readonly HashSet<string> Flags = ["--quiet"];
    private static readonly HashSet<string> Valued = ["--output", "--slides", "--columns", "--width", "--each", "--soffice"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Aliases, Flags, Valued);
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "preview takes one DECK.pptx");
        var deck = options.Positionals[0];
        if (deck == "-") return CommandLine.UsageError(stderr, "preview needs the deck as a file, not standard input");
        SlideSelection slides;
        try
        {
            slides = options.Get("--slides") is { } s ? SlideSelection.Parse(s) : SlideSelection.All;
        }
        catch (FormatException e)
        {
            throw new OptionException(e.Message);
        }
        var previewOptions = new PreviewOptions
        {
            Slides = slides,
            Columns = Number(options, "--columns", 1, 100),
            Width = Number(options, "--width", PreviewOptions.MinWidth, PreviewOptions.MaxWidth) ?? PreviewOptions.DefaultWidth,
            EachDirectory = options.Get("--each"),
            Soffice = options.Get("--soffice"),
        };
        // With only --each, the user asked for the slides alone; otherwise a sheet is made, beside the deck by default.
        var sheet = options.Get("--output") ?? (previewOptions.EachDirectory is null ? DeckPreview.SheetPathFor(deck) : null);
        var result = DeckPreview.Write(deck, sheet, previewOptions);
        if (!options.Has("--quiet"))
        {
            if (result.SheetPath is not null)
                stdout.WriteLine($"{result.SheetPath}: {result.Slides.Count} slides, {result.SheetWidth}x{result.SheetHeight} pixels");
            if (result.SlideFiles.Count > 0)
                stdout.WriteLine($"{previewOptions.EachDirectory}: {result.SlideFiles.Count} slide pictures");
        }
        return ExitCodes.Success;
    }

    /// <summary>Writes deck.png beside a deck convert has just written, for <c>convert --preview</c>.</summary>
    public static void WriteBeside(string deck, TextWriter stdout, bool quiet)
    {
        var result = DeckPreview.WriteBeside(deck);
        if (!quiet)
            stdout.WriteLine($"{result.SheetPath}: contact sheet of {result.Slides.Count} slides");
    }

    private static int? Number(Options options, string name, int min, int max)
    {
        if (options.Get(name) is not { } text)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        throw new OptionException($"{name} '{text}' is not a whole number from {min} to {max}");
    }
}
