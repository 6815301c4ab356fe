using SlideGen.Diagnostics;
using SlideGen.Snapshots;

namespace SlideGen.Cli.Commands;

/// <summary><c>slidegen snapshot DECK.pptx [--format text|json]</c>: prints a deck's reviewable snapshot.</summary>
public static class SnapshotCommand
{
    private static readonly Dictionary<string, string> Aliases = new() { ["-f"] = "--format" };
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["--format"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Aliases, Flags, Valued);
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "snapshot takes one DECK.pptx (a file, or - for standard input)");
        var format = options.Get("--format") ?? "text";
        if (format is not ("text" or "json")) return CommandLine.UsageError(stderr, $"--format '{format}' is not text or json");
        var input = options.Positionals[0];
        DeckSnapshot snapshot;
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            snapshot = DeckSnapshot.Read(stdin, "<stdin>");
        }
        else
        {
            snapshot = DeckSnapshot.Read(input);
        }
        stdout.Write(format == "json" ? snapshot.ToJson() : snapshot.ToText());
        return ExitCodes.Success;
    }
}
