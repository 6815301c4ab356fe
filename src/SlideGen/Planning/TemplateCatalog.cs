using SlideGen.Diagnostics;

namespace SlideGen.Planning;

/// <summary>A template as the list command shows it.</summary>
public sealed record TemplateInfo(string Name, string Description, string Path);

/// <summary>Finds built-in templates and resolves a -t argument (a name or a folder path).</summary>
public static class TemplateCatalog
{
    public const string DefaultName = "default";
    private const string FolderName = "templates";

    /// <summary>null gives the default template; a built-in's name gives that template; anything else is a template folder.</summary>
    public static Template Resolve(string? nameOrPath)
    {
        if (string.IsNullOrWhiteSpace(nameOrPath)) return Template.Load(BuiltinFolder(DefaultName));
        if (!LooksLikePath(nameOrPath) && BuiltinNames().Contains(nameOrPath)) return Template.Load(BuiltinFolder(nameOrPath));
        if (Directory.Exists(nameOrPath)) return Template.Load(nameOrPath);
        if (File.Exists(nameOrPath))
            throw new SlideGenException(new SourcePosition(nameOrPath), "this is a file; a template is a folder with template.json and deck.sbn", ExitCodes.TemplateError);
        if (LooksLikePath(nameOrPath))
            throw new SlideGenException(new SourcePosition(nameOrPath), "the template folder does not exist", ExitCodes.TemplateError);
        throw new SlideGenException(new SourcePosition(nameOrPath),
            $"unknown template '{nameOrPath}'; built-in templates: {string.Join(", ", BuiltinNames())} (or give a template folder)",
            ExitCodes.TemplateError);
    }

    /// <summary>The built-in templates, by name.</summary>
    public static IReadOnlyList<TemplateInfo> List() =>
        BuiltinNames()
            .Select(name => Template.Load(BuiltinFolder(name)))
            .Select(template => new TemplateInfo(template.Name, template.Description, template.FolderPath))
            .ToList();

    /// <summary>The folder of a built-in template (which need not be valid).</summary>
    public static string BuiltinFolder(string name) => Path.Combine(BuiltinRoot(), name);

    public static IReadOnlyList<string> BuiltinNames() =>
        Directory.EnumerateDirectories(BuiltinRoot())
            .Where(folder => File.Exists(Path.Combine(folder, Template.SettingsFileName)))
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// templates/ beside the program (the CLI copies it to its output and into the tool package), or, when
    /// running from a build folder without it, the templates/ folder of the source tree that holds SlideGen.sln.
    /// </summary>
    public static string BuiltinRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (File.Exists(Path.Combine(beside, DefaultName, Template.SettingsFileName))) return beside;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FolderName);
            if (File.Exists(Path.Combine(folder.FullName, "SlideGen.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new SlideGenException(new SourcePosition(beside), "the built-in templates are missing from the installation", ExitCodes.TemplateError);
    }

    private static bool LooksLikePath(string value) =>
        value.Contains('/') || value.Contains('\\') || value.StartsWith('.') || Path.IsPathRooted(value);
}
