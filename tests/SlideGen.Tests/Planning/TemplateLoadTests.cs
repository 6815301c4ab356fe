using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning;

/// <summary>template.json becomes a theme; mistakes in it are reported where they are; a template reads only its own folder.</summary>
public class TemplateLoadTests
{
    private const string Plan = """{{ slide { kind: "title", title: doc.title } }}""";

    private static SlideGenException LoadError(TemplateFolder folder)
    {
        var error = Assert.Throws<SlideGenException>(() => folder.Load());
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    [Fact]
    public void Settings_become_the_theme()
    {
        using var folder = TemplateFolder.Create(Plan, """
            {
              // comments and trailing commas are allowed
              "name": "城市蓝", "description": "blue", "slideSize": "4:3",
              "fonts": { "latin": "Arial", "eastAsian": "SimHei", "headingLatin": "Georgia", "headingEastAsian": "SimSun" },
              "colors": { "background": "#fafafa", "text": "111111", "title": "222222", "accent": "333333", "accent2": "444444",
                          "emphasisBackground": "555555", "emphasisText": "666666" },
              "layouts": { "title": "Title Slide", "section": "Section Header" },
            }
            """);
        var template = folder.Load();
        var theme = template.Theme;

        Assert.Equal("城市蓝", template.Name);
        Assert.Equal("blue", template.Description);
        Assert.Equal(SlideSize.Standard4x3, theme.Size);
        Assert.Equal(("Arial", "SimHei", "Georgia", "SimSun"), (theme.LatinFont, theme.EastAsianFont, theme.HeadingLatinFont, theme.HeadingEastAsianFont));
        Assert.Equal(["FAFAFA", "111111", "222222", "333333", "444444", "555555", "666666"],
            new[] { theme.Background, theme.Text, theme.Title, theme.Accent, theme.Accent2, theme.EmphasisBackground, theme.EmphasisText });
        Assert.Equal("Section Header", template.Layouts["section"]);
        Assert.False(template.Layouts.ContainsKey("content"));
        Assert.Equal(Path.Combine(folder.Path, "deck.sbn"), template.PlanPath);
    }

    [Fact]
    public void Missing_settings_keep_the_defaults_and_the_folder_name()
    {
        using var folder = TemplateFolder.Create(Plan, "{}");
        var template = folder.Load();
        Assert.Equal("tpl", template.Name);
        Assert.Equal(new DeckTheme().Accent, template.Theme.Accent);
        Assert.Equal(SlideSize.Widescreen16x9, template.Theme.Size);
    }

    [Fact]
    public void Heading_fonts_default_to_the_body_fonts()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "fonts": { "latin": "Arial", "eastAsian": "SimSun" } }""");
        var theme = folder.Load().Theme;
        Assert.Equal(("Arial", "SimSun"), (theme.HeadingLatinFont, theme.HeadingEastAsianFont));
    }

    [Fact]
    public void A_syntax_error_in_template_json_gives_its_line_and_column()
    {
        using var folder = TemplateFolder.Create(Plan, "{\n  \"name\": \"x\",\n  \"description\": \"说明\" \"slideSize\": \"16:9\"\n}");
        var error = LoadError(folder);
        Assert.Equal(folder.SettingsPath, error.Position.File);
        // Columns count characters, not UTF-8 bytes: the Chinese text before the error is two characters.
        Assert.Equal((3, 23), (error.Position.Line, error.Position.Column));
        Assert.StartsWith($"{folder.SettingsPath}(3,23): error: ", error.Message);
    }

    [Fact]
    public void An_unknown_setting_is_an_error()
    {
        using var folder = TemplateFolder.Create(Plan, "{\n  \"name\": \"x\",\n  \"colours\": {}\n}");
        var error = LoadError(folder);
        Assert.Equal(3, error.Position.Line);
        Assert.Contains("colours", error.Problem);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_the_value()
    {
        using var folder = TemplateFolder.Create(Plan, "{\n  \"fonts\": { \"latin\": 12 }\n}");
        var error = LoadError(folder);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("fonts.latin", error.Problem);
    }

    [Theory]
    [InlineData("""{ "colors": { "accent": "red" } }""", 1, 25, "colour 'red' is not six hex digits")]
    [InlineData("""{ "slideSize": "16:10" }""", 1, 16, "slideSize '16:10'")]
    [InlineData("""{ "layouts": { "cover": "Title Slide" } }""", 1, 25, "'cover' is not a slide kind")]
    [InlineData("""{ "fonts": { "latin": "" } }""", 1, 23, "is not a font name")]
    public void A_bad_value_is_reported_where_it_stands(string settings, int line, int column, string problem)
    {
        using var folder = TemplateFolder.Create(Plan, settings);
        var error = LoadError(folder);
        Assert.Equal((folder.SettingsPath, line, column), (error.Position.File, error.Position.Line, error.Position.Column));
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void A_folder_without_deck_sbn_is_an_error()
    {
        using var folder = TemplateFolder.Create(Plan);
        File.Delete(folder.PlanPath);
        Assert.Contains("needs deck.sbn", LoadError(folder).Problem);
    }

    [Theory]
    [InlineData("logo", "../logo.png", "leaves the template folder")]
    [InlineData("background", "images/../../bg.png", "leaves the template folder")]
    [InlineData("reference", "/etc/passwd", "is an absolute path")]
    [InlineData("reference", "C:\\\\deck.pptx", "is an absolute path")]
    public void Files_outside_the_template_folder_are_refused(string setting, string value, string problem)
    {
        using var folder = TemplateFolder.Create(Plan, $$"""{ "{{setting}}": "{{value}}" }""");
        var error = LoadError(folder);
        Assert.Equal((1, 7 + setting.Length), (error.Position.Line, error.Position.Column));
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void A_link_that_leads_out_of_the_folder_is_refused()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "reference": "decks/reference.pptx" }""");
        var outside = Directory.CreateDirectory(Path.Combine(folder.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "reference.pptx"), "not a deck");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "decks"), outside);

        Assert.Contains("is a link that leads outside the template folder", LoadError(folder).Problem);
    }

    [Fact]
    public void A_link_inside_the_folder_is_fine()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "reference": "current.pptx" }""");
        File.WriteAllText(Path.Combine(folder.Path, "v2.pptx"), "deck");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "current.pptx"), "v2.pptx");

        Assert.Equal(Path.Combine(folder.Path, "current.pptx"), folder.Load().ReferencePath);
    }

    [Fact]
    public void A_missing_reference_deck_is_an_error()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "reference": "reference.pptx" }""");
        Assert.Contains("is not in the template folder", LoadError(folder).Problem);
    }
}
