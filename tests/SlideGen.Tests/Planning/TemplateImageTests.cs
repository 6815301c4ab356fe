using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;
using SlideGen.Reading;

namespace SlideGen.Tests.Planning;

/// <summary>Logo and background images of a template, and a document's own images placed by the plan.</summary>
public class TemplateImageTests
{
    private const string Plan = """{{ slide { kind: "title", title: doc.title } }}""";

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(192, 0, 0));
        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Logo_and_background_are_loaded_from_the_template_folder()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "logo": "images/logo.png", "background": "bg.png" }""");
        Directory.CreateDirectory(Path.Combine(folder.Path, "images"));
        File.WriteAllBytes(Path.Combine(folder.Path, "images", "logo.png"), Png(40, 20));
        File.WriteAllBytes(Path.Combine(folder.Path, "bg.png"), Png(160, 90));

        var theme = folder.Load().Theme;

        Assert.Equal((40, 20, ImageRole.Logo, "image/png"), (theme.Logo!.PixelWidth, theme.Logo.PixelHeight, theme.Logo.Role, theme.Logo.ContentType));
        Assert.Equal((160, 90, ImageRole.Background), (theme.BackgroundImage!.PixelWidth, theme.BackgroundImage.PixelHeight, theme.BackgroundImage.Role));
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_a_template_error_at_the_setting()
    {
        using var folder = TemplateFolder.Create(Plan, "{\n  \"logo\": \"logo.png\"\n}");
        File.WriteAllText(Path.Combine(folder.Path, "logo.png"), "not a picture");

        var error = Assert.Throws<SlideGenException>(() => folder.Load());

        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Equal((folder.SettingsPath, 2, 11), (error.Position.File, error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_missing_logo_is_a_template_error()
    {
        using var folder = TemplateFolder.Create(Plan, """{ "logo": "logo.png" }""");
        var error = Assert.Throws<SlideGenException>(() => folder.Load());
        Assert.Contains("'logo.png' is not in the template folder", error.Problem);
    }

    [Fact]
    public void A_points_images_reach_its_slide()
    {
        var outline = SampleOutline.Create();
        var leaf = outline.Sections[2];
        leaf.Images.Add(new SourceImage("chart.png", Png(30, 10), "image/png"));

        var deck = DeckPlanner.Plan(outline, TemplateCatalog.Resolve("default"));

        var slide = Assert.Single(deck.Slides, s => s.Images.Count > 0);
        Assert.Equal(leaf.Heading, slide.Title);
        Assert.Equal(("chart.png", 30, 10), (slide.Images[0].Name, slide.Images[0].PixelWidth, slide.Images[0].PixelHeight));
    }

    [Fact]
    public void A_broken_document_image_is_an_input_error_at_the_point()
    {
        var outline = SampleOutline.Create();
        outline.Sections[2].Images.Add(new SourceImage("chart.png", [1, 2, 3], "image/png"));

        var error = Assert.Throws<SlideGenException>(() => DeckPlanner.Plan(outline, TemplateCatalog.Resolve("default")));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Equal(("sample.txt", 13), (error.Position.File, error.Position.Line));
    }
}
