using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Cli.Commands;

public static class OutlineCommand
{
    private static readonly Dictionary<string, string> Aliases = new();
    private static readonly HashSet<string> Flags = ["--json"];
    private static readonly HashSet<string> Valued = ["--from", "--encoding"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Aliases, Flags, Valued);
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "outline takes one INPUT (a file, or - for standard input)");
        var from = options.Get("--from") is { } f ? DocumentLoader.ParseFormat(f) : (InputFormat?)null;
        var outline = SlideGenerator.BuildOutline(InputFiles.Read(options.Positionals[0], from, options.Get("--encoding")));
        stdout.Write(options.Has("--json") ? OutlineJson.Serialize(outline) + "\n" : OutlineText.Render(outline));
        return ExitCodes.Success;
    }
}
