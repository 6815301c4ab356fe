namespace SlideGen.Planning;

/// <summary>Finds built-in templates and resolves a -t argument (a name or a folder path).</summary>
public static class TemplateCatalog
{
    public const string DefaultName = "default";

    public static Template Resolve(string? nameOrPath) => throw new NotImplementedException();
}
