using SlideGen.Cli.Commands;
using SlideGen.Diagnostics;

namespace SlideGen.Cli;

/// <summary>Dispatches the first argument to a command; commands parse their options and call the library.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: slidegen <command> [options]

          convert INPUT [-o OUT.pptx] [-t TEMPLATE] [--reference DECK.pptx] [--from txt|md|docx] [--date YYYY-MM-DD] [--encoding NAME] [--preview]
                    [--minutes N | --slides N]   a deck of about that size: deeper levels folded into bullets first
          convert INPUT... | FOLDER [-o OUTDIR] [-j N] [-t, --reference, --from, --date, --encoding, --minutes, --slides as above]
                    several inputs or a folder (its .txt/.md/.markdown/.docx files, recursively): decks in OUTDIR,
                    or beside each input; N files at once (default: all cores); --output-dir OUTDIR is -o OUTDIR
          outline INPUT [--json | --format text|md|json] [-o FILE] [--from txt|md|docx] [--encoding NAME]
                    [-t TEMPLATE] [--minutes N | --slides N] [--date YYYY-MM-DD]   options written into an md or json outline
                    an outline file (outline --format md|json, edited or not) converts as it stands: convert talk.md
          templates list [--json]
          templates new NAME [--from TEMPLATE] [-o DIR]
          templates check PATH
          snapshot DECK.pptx [--format text|json]
          preview DECK.pptx [-o SHEET.png] [--slides 1-5] [--columns N] [--width PX] [--each DIR] [--soffice PATH]

        --verbose (any command) prints the stack trace of an error.
        INPUT may be - for standard input. Exit codes: 0 ok, 2 usage, 3 input not found, 4 input unreadable,
        5 template error, 6 output not writable, 7 snapshot mismatch, 8 a needed program (LibreOffice) is not installed,
        9 some inputs of a batch failed, 70 internal error.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A global flag: wherever it stands, it only decides whether an error also prints its stack trace.
        var verbose = args.Contains("--verbose");
        if (verbose) args = [.. args.Where(a => a != "--verbose")];
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(SlideGenerator).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Success;
        }
        var rest = args[1..];
        if (rest.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Usage);
            return ExitCodes.Success;
        }
        try
        {
            return args[0] switch
            {
                "convert" => ConvertCommand.Run(rest, stdout, stderr),
                "outline" => OutlineCommand.Run(rest, stdout, stderr),
                "templates" => TemplatesCommand.Run(rest, stdout, stderr),
                "snapshot" => SnapshotCommand.Run(rest, stdout, stderr),
                "preview" => PreviewCommand.Run(rest, stdout, stderr),
                _ => UsageError(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (SlideGenException e)
        {
            stderr.WriteLine(e.Message);
            if (verbose) stderr.WriteLine(e);
            return e.ExitCode;
        }
        catch (OptionException e)
        {
            return UsageError(stderr, e.Message);
        }
        catch (Exception e)
        {
            return InternalError(stderr, e, verbose);
        }
    }

    /// <summary>A bug, not the user's doing: one line by default, the whole trace for a bug report with --verbose.</summary>
    public static int InternalError(TextWriter stderr, Exception e, bool verbose)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        stderr.WriteLine($"slidegen: internal error: {e.GetType().Name}: {message}" + (verbose ? "" : " (rerun with --verbose for the stack trace)"));
        if (verbose) stderr.WriteLine(e);
        return ExitCodes.Internal;
    }

    internal static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"slidegen: error: {message}");
        stderr.WriteLine("run 'slidegen --help' for usage");
        return ExitCodes.Usage;
    }
}
