using System.Text.Json;
using SlideGen.Cli;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning;

/// <summary>`slidegen templates list | new | check`, and -t resolution, tried as a new user would.</summary>
public class TemplatesCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void List_shows_the_built_in_templates()
    {
        var (exit, output, _) = Run("templates", "list");
        Assert.Equal(ExitCodes.Success, exit);
        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]);
        Assert.Equal(["dark", "default", "official"], names);
    }

    [Fact]
    public void List_json_gives_name_description_and_path()
    {
        var (exit, output, _) = Run("templates", "list", "--json");
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        var templates = json.RootElement.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(["dark", "default", "official"], templates.Select(t => t.GetProperty("name").GetString()));
        Assert.All(templates, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()));
            Assert.True(File.Exists(Path.Combine(t.GetProperty("path").GetString()!, "deck.sbn")));
        });
    }

    [Fact]
    public void Resolve_takes_nothing_a_name_or_a_folder()
    {
        Assert.Equal("default", TemplateCatalog.Resolve(null).Name);
        Assert.Equal("official", TemplateCatalog.Resolve("official").Name);
        using var folder = TemplateFolder.CopyOf("dark");
        Assert.Equal(folder.Path, TemplateCatalog.Resolve(folder.Path).FolderPath);
    }

    [Fact]
    public void An_unknown_template_name_lists_the_available_ones()
    {
        var error = Assert.Throws<SlideGenException>(() => TemplateCatalog.Resolve("fancy"));
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains("unknown template 'fancy'", error.Problem);
        Assert.Contains("dark, default, official", error.Problem);
    }

    [Fact]
    public void Scaffold_then_change_a_colour_and_a_slide_and_see_the_change()
    {
        using var work = TemplateFolder.Create("{{ }}");
        var (exit, output, _) = Run("templates", "new", "mine", "--from", "official", "-o", work.Root);
        Assert.Equal(ExitCodes.Success, exit);
        var mine = Path.Combine(work.Root, "mine");
        Assert.Contains(mine, output);
        Assert.Contains("{{", File.ReadAllText(Path.Combine(mine, "deck.sbn")));
        var before = DeckPlanner.Plan(SampleOutline.Create(), TemplateCatalog.Resolve(mine));
        Assert.Equal("mine", TemplateCatalog.Resolve(mine).Name);
        Assert.Equal("B00000", before.Theme.Title);

        var settings = Path.Combine(mine, "template.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"title\": \"B00000\"", "\"title\": \"004080\"", StringComparison.Ordinal));
        var plan = Path.Combine(mine, "deck.sbn");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("closing_title = \"谢谢！\"", "closing_title = \"欢迎批评指正\"", StringComparison.Ordinal));
        var after = DeckPlanner.Plan(SampleOutline.Create(), TemplateCatalog.Resolve(mine));

        Assert.Equal("004080", after.Theme.Title);
        Assert.Equal("欢迎批评指正", after.Slides[^1].Title);
        Assert.Equal(before.Slides.Count, after.Slides.Count);
        Assert.Equal(ExitCodes.Success, Run("templates", "check", mine).Exit);
    }

    [Fact]
    public void Scaffold_refuses_to_overwrite_a_folder()
    {
        using var work = TemplateFolder.Create("{{ }}");
        var existing = Directory.CreateDirectory(Path.Combine(work.Root, "mine")).FullName;
        File.WriteAllText(Path.Combine(existing, "keep.txt"), "mine");

        var (exit, _, error) = Run("templates", "new", "mine", "-o", work.Root);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.Contains("already exists", error);
        Assert.Equal(["keep.txt"], Directory.GetFiles(existing).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Scaffold_takes_a_name_not_a_path(string name)
    {
        var (exit, _, error) = Run("templates", "new", name);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is not a template name", error);
    }

    [Fact]
    public void Check_reports_ok_with_the_slide_count()
    {
        var (exit, output, _) = Run("templates", "check", "default");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("default: ok, 13 slides", output);
    }

    [Fact]
    public void Check_reports_a_template_error_with_its_position_and_fails()
    {
        using var folder = TemplateFolder.Create("""
            {{ slide { kind: "title", title: doc.title } }}
            {{ slide { kind: "content", title: doc.nothing } }}
            """);

        var (exit, _, error) = Run("templates", "check", folder.Path);

        Assert.Equal(ExitCodes.TemplateError, exit);
        Assert.StartsWith($"{folder.PlanPath}(2,", error);
        Assert.Contains(": error: ", error);
    }

    [Fact]
    public void Check_reports_a_bad_template_json_with_its_position_and_fails()
    {
        using var folder = TemplateFolder.Create("{{ }}", "{ \"name\": }");
        var (exit, _, error) = Run("templates", "check", folder.Path);
        Assert.Equal(ExitCodes.TemplateError, exit);
        Assert.StartsWith($"{folder.SettingsPath}(1,11): error: ", error);
    }

    [Fact]
    public void Convert_with_a_broken_template_reports_it_and_writes_no_deck()
    {
        using var folder = TemplateFolder.Create("""
            {{ slide { kind: "title", title: doc.title } }}
            {{ for point in doc.sections }}{{ slide { kind: "content", title: point.headline } }}{{ end }}
            """);
        var input = Path.Combine(folder.Root, "speech.txt");
        File.WriteAllText(input, "关于做好当前工作的讲话\n\n同志们：\n\n一、提高认识\n\n要提高认识。\n\n二、狠抓落实\n\n要狠抓落实。\n");
        var output = Path.Combine(folder.Root, "speech.pptx");

        var (exit, _, error) = Run("convert", input, "-t", folder.Path, "-o", output);

        Assert.Equal(ExitCodes.TemplateError, exit);
        Assert.StartsWith($"{folder.PlanPath}(2,", error);
        Assert.Contains("headline", error);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Root, "*.pptx*"));
    }

    [Fact]
    public void Templates_without_a_subcommand_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, Run("templates").Exit);
        Assert.Equal(ExitCodes.Usage, Run("templates", "remove", "x").Exit);
    }
}
