using System.Text;
using SlideGen.Diagnostics;
using SlideGen.Outlines;
using SlideGen.Reading;
using SlideGen.Sections;
using SlideGen.Writing;

namespace SlideGen.Cli.Commands;

public static class OutlineCommand
{
    private static readonly Dictionary<string, string> Aliases = new() { ["-o"] = "--output", ["-t"] = "--template" };
    private static readonly HashSet<string> Flags = ["--json"];
    private static readonly HashSet<string> Valued = ["--from", "--encoding", "--format", "--output", "--template", "--minutes", "--slides", "--date"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Aliases, Flags, Valued);
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "outline takes one INPUT (a file, or - for standard input)");
        var format = options.Get("--format") ?? (options.Has("--json") ? "json" : "text");
        if (options.Has("--json") && format != "json") throw new OptionException("--json is --format json; give one of them");
        if (format is not ("text" or "md" or "json")) throw new OptionException($"--format '{format}' is not text, md or json");
        var from = options.Get("--from") is { } f ? DocumentLoader.ParseFormat(f) : (InputFormat?)null;
        var (bytes, name) = InputFiles.ReadBytes(options.Positionals[0]);
        var file = SlideGenerator.LoadOutline(bytes, name, from, options.Get("--encoding"));
        // Options given here are written into the outline file, for convert to apply; an outline file's own are kept otherwise.
        var fileOptions = new OutlineOptions
        {
            Template = TemplateFor(options.Get("--template"), options.Get("--output")) ?? file.Options.Template,
            Minutes = ConvertCommand.Minutes(options) ?? (options.Has("--slides") ? null : file.Options.Minutes),
            Slides = ConvertCommand.Slides(options) ?? (options.Has("--minutes") ? null : file.Options.Slides),
            Date = options.Get("--date") is { } d ? ConvertCommand.ParseDate(d) : file.Options.Date,
        };
        var text = format switch
        {
            "md" => OutlineFiles.Write(file.Outline, OutlineFormat.Markdown, fileOptions),
            "json" => OutlineFiles.Write(file.Outline, OutlineFormat.Json, fileOptions),
            _ => OutlineText.Render(file.Outline),
        };
        if (options.Get("--output") is { } output)
        {
            SafeFile.WriteAllBytes(output, new UTF8Encoding(false).GetBytes(text), name);
            foreach (var warning in file.Outline.Warnings) stderr.WriteLine($"warning: {warning}");
        }
        else
        {
            stdout.Write(text);
        }
        return ExitCodes.Success;
    }

    /// <summary>A template folder is written relative to the outline file, where convert looks for it first.</summary>
    private static string? TemplateFor(string? template, string? output) =>
        template is not null && output is not null && Directory.Exists(template) && !Path.IsPathRooted(template)
            && !Planning.TemplateCatalog.BuiltinNames().Contains(template)
            ? Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFullPath(template))
            : template;
}
