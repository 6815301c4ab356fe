using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning;

/// <summary>template.json mistakes are explained in the words of template.json, not of .NET.</summary>
public sealed class TemplateJsonMessageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-tj-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("\"name\": \"default\"", "\"name\": 5", "should be a text in quotes")]
    [InlineData("\"name\": \"default\"", "\"name\": \"default\", \"colour\": \"red\"", "unknown key 'colour'")]
    public void Mistakes_are_named_in_template_terms(string original, string replacement, string expected)
    {
        foreach (var file in Directory.GetFiles(TemplateCatalog.BuiltinFolder("default")))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        var json = Path.Combine(_folder, "template.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace(original, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<SlideGenException>(() => Template.Load(_folder));

        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", error.Message, StringComparison.Ordinal);
    }
}
