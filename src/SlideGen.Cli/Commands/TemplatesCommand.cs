using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Cli.Commands;

/// <summary><c>templates list | new | check</c>: see, copy and try templates.</summary>
public static partial class TemplatesCommand
{
    private static readonly Dictionary<string, string> Aliases = new() { ["-o"] = "--output" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) return CommandLine.UsageError(stderr, "templates needs a subcommand: list, new or check");
        var rest = args[1..];
        return args[0] switch
        {
            "list" => List(Options.Parse(rest, Aliases, new HashSet<string> { "--json" }, new HashSet<string>()), stdout, stderr),
            "new" => New(Options.Parse(rest, Aliases, new HashSet<string>(), new HashSet<string> { "--from", "--output" }), stdout, stderr),
            "check" => Check(Options.Parse(rest, Aliases, new HashSet<string>(), new HashSet<string>()), stdout, stderr),
            _ => CommandLine.UsageError(stderr, $"unknown templates subcommand '{args[0]}' (list, new, check)"),
        };
    }

    private static int List(Options options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Positionals.Count != 0) return CommandLine.UsageError(stderr, "templates list takes no arguments");
        var templates = TemplateCatalog.List();
        if (options.Has("--json"))
        {
            var json = new JsonObject
            {
                ["templates"] = new JsonArray(templates.Select(t => (JsonNode?)new JsonObject { ["name"] = t.Name, ["description"] = t.Description, ["path"] = t.Path }).ToArray()),
            };
            stdout.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Success;
        }
        var width = templates.Max(t => t.Name.Length);
        foreach (var template in templates)
            stdout.WriteLine($"{template.Name.PadRight(width)}  {template.Description}");
        return ExitCodes.Success;
    }

    private static int New(Options options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "templates new takes one NAME");
        var name = options.Positionals[0];
        if (name is "." or ".." || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Any(char.IsControl))
            return CommandLine.UsageError(stderr, $"'{name}' is not a template name (use letters, digits, - and _; -o sets the folder it goes in)");
        var source = TemplateCatalog.Resolve(options.Get("--from"));
        var parent = options.Get("--output") ?? ".";
        if (!Directory.Exists(parent))
            throw new SlideGenException(new SourcePosition(parent), "the folder does not exist", ExitCodes.OutputError);
        var destination = Path.Combine(parent, name);
        if (Directory.Exists(destination) || File.Exists(destination))
            throw new SlideGenException(new SourcePosition(destination), "already exists; choose another name or folder (nothing was overwritten)", ExitCodes.OutputError);

        try
        {
            CopyFolder(source.FolderPath, destination);
            Rename(Path.Combine(destination, Template.SettingsFileName), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlideGenException(new SourcePosition(destination), $"cannot create the template: {e.Message}", ExitCodes.OutputError, e);
        }
        var shown = Path.IsPathRooted(destination) || destination.StartsWith('.') ? destination : "." + Path.DirectorySeparatorChar + destination;
        stdout.WriteLine($"created {shown} from '{source.Name}'");
        stdout.WriteLine($"edit {Path.Combine(shown, Template.SettingsFileName)} (fonts, colours) and {Path.Combine(shown, Template.PlanFileName)} (which slides), then:");
        stdout.WriteLine($"  slidegen templates check {shown}");
        stdout.WriteLine($"  slidegen convert SPEECH.txt -t {shown}");
        return ExitCodes.Success;
    }

    private static int Check(Options options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Positionals.Count != 1) return CommandLine.UsageError(stderr, "templates check takes one PATH (a template folder or a built-in name)");
        var template = TemplateCatalog.Resolve(options.Positionals[0]);
        // The sample speech is short enough for the plan to fold its sub-points; a slide per point down to the third level
        // (unless the template fixes its own slideDepth) runs every part of the plan.
        var request = new DeckRequest { SlideDepth = template.SlideDepth == 0 ? 3 : template.SlideDepth };
        var deck = DeckPlanner.Plan(SampleOutline.Create(), template, PlanLimits.Default, request, out _);
        var kinds = string.Join(", ", deck.Slides.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        stdout.WriteLine($"{options.Positionals[0]}: ok, {deck.Slides.Count} slides from the sample outline ({kinds})");
        return ExitCodes.Success;
    }

    /// <summary>Copies files and folders; links are not followed, so a copy holds only what is inside the template.</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null) continue;
            var target = Path.Combine(to, entry.Name);
            if (entry is DirectoryInfo folder) CopyFolder(folder.FullName, target);
            else File.Copy(entry.FullName, target, overwrite: false);
        }
    }

    /// <summary>Gives the copy its own name in template.json, keeping the file's comments and layout.</summary>
    private static void Rename(string settingsPath, string name)
    {
        if (!File.Exists(settingsPath)) return;
        var text = File.ReadAllText(settingsPath);
        var renamed = NameProperty().Replace(text, match => match.Groups[1].Value + JsonValue.Create(name).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), 1);
        File.WriteAllText(settingsPath, renamed);
    }

    [GeneratedRegex("""("name"\s*:\s*)"(?:[^"\\]|\\.)*"(?=\s*,|\s*\n|\s*})""")]
    private static partial Regex NameProperty();
}
