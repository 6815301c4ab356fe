using DocumentFormat.OpenXml.Packaging;
using SlideGen.Planning;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Planning;

/// <summary>Decks written from every built-in template, and from a template that brings its own reference deck, are valid.</summary>
public class TemplateDeckTests
{
    [Theory]
    [MemberData(nameof(BuiltinTemplateTests.Builtins), MemberType = typeof(BuiltinTemplateTests))]
    public void Every_built_in_template_writes_a_valid_deck(string name)
    {
        var outline = SampleOutline.Create();
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Template = name });
        var bytes = SlideGenerator.WriteDeck(deck);

        DeckAssertions.AssertValid(bytes);
        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(deck.Slides.Count, document.PresentationPart!.SlideParts.Count());
        Assert.Equal(bytes, SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(SampleOutline.Create(), new ConvertOptions { Template = name })));
    }

    [Fact]
    public void A_templates_own_reference_deck_gives_the_layouts()
    {
        using var folder = TemplateFolder.CopyOf("default");
        var reference = SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(SampleOutline.Create(), new ConvertOptions { Template = "dark" }));
        File.WriteAllBytes(Path.Combine(folder.Path, "reference.pptx"), reference);
        File.WriteAllText(folder.SettingsPath, File.ReadAllText(folder.SettingsPath).Replace("\"layouts\"", "\"reference\": \"reference.pptx\",\n  \"layouts\"", StringComparison.Ordinal));

        var deck = SlideGenerator.PlanDeck(SampleOutline.Create(), new ConvertOptions { Template = folder.Path });
        var bytes = SlideGenerator.WriteDeck(deck);

        Assert.Equal(Path.Combine(folder.Path, "reference.pptx"), deck.Theme.ReferenceDeckPath);
        DeckAssertions.AssertValid(bytes);
        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        var layouts = PptxWriterTests.SlidesInOrder(document).Select(s => s.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value).ToList();
        Assert.Equal(deck.Slides.Select(s => s.LayoutName), layouts);
    }
}
