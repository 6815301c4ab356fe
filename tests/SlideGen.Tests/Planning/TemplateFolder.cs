using SlideGen.Planning;

namespace SlideGen.Tests.Planning;

/// <summary>A template folder in a fresh temporary directory, removed when the test ends.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public const string MinimalSettings = """{ "name": "test", "description": "a test template" }""";

    private TemplateFolder(string root)
    {
        Root = root;
        Path = System.IO.Path.Combine(root, "tpl");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The temporary directory that holds the template folder (and anything a test puts beside it).</summary>
    public string Root { get; }

    /// <summary>The template folder itself.</summary>
    public string Path { get; }

    public static TemplateFolder Create(string plan, string settings = MinimalSettings)
    {
        var folder = new TemplateFolder(Directory.CreateTempSubdirectory("slidegen-template-").FullName);
        folder.Write(Template.SettingsFileName, settings);
        folder.Write(Template.PlanFileName, plan);
        return folder;
    }

    /// <summary>A copy of a built-in template, to edit.</summary>
    public static TemplateFolder CopyOf(string builtinName)
    {
        var folder = new TemplateFolder(Directory.CreateTempSubdirectory("slidegen-template-").FullName);
        foreach (var file in Directory.GetFiles(TemplateCatalog.BuiltinFolder(builtinName)))
            File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        return folder;
    }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        File.WriteAllText(full, text);
        return full;
    }

    public string PlanPath => System.IO.Path.Combine(Path, Template.PlanFileName);
    public string SettingsPath => System.IO.Path.Combine(Path, Template.SettingsFileName);

    public Template Load() => Template.Load(Path);

    /// <summary>Plans the sample outline with a template whose deck.sbn is <paramref name="plan"/>.</summary>
    public static Decks.Deck PlanDeck(string plan)
    {
        using var folder = Create(plan);
        return DeckPlanner.Plan(SampleOutline.Create(), folder.Load());
    }

    /// <summary>The error planning the sample outline with <paramref name="plan"/> gives.</summary>
    public static Diagnostics.SlideGenException PlanError(string plan)
    {
        using var folder = Create(plan);
        var template = folder.Load();
        return Assert.Throws<Diagnostics.SlideGenException>(() => DeckPlanner.Plan(SampleOutline.Create(), template));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
