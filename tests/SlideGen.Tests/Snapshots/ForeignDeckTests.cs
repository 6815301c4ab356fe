using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Snapshots;

namespace SlideGen.Tests.Snapshots;

/// <summary>A fact that is skipped, saying why, when a program it needs is not on PATH.</summary>
public sealed class NeedsProgramFactAttribute : FactAttribute
{
    public NeedsProgramFactAttribute(string program)
    {
        if (ExternalProgram.Find(program) is null) Skip = $"{program} is not on PATH";
    }
}

/// <summary>Decks SlideGen did not write: the snapshot must read what other tools save.</summary>
public class ForeignDeckTests
{
    private const string Markdown = """
        ---
        title: Annual Report
        author: Li Wei
        ---

        # Results

        - Revenue grew
            - in the east
            - in the west
        - Costs fell

        ::: notes
        Thank the team.
        :::

        # 工作回顾

        - 第一点
        - 第二点

        # Picture

        ![A red box](red.png)
        """;

    [NeedsProgramFact("pandoc")]
    public void PandocDeck_ShowsTitlesNestedBulletsAndNotes()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("talk.md"), Markdown);
        using (var image = new Image<Rgb24>(40, 20, new Rgb24(255, 0, 0))) image.SaveAsPng(temp.File("red.png"));
        ExternalProgram.Run("pandoc", ["-o", "talk.pptx", "talk.md"], temp.Path);

        var snapshot = DeckSnapshot.Read(temp.File("talk.pptx"));

        Assert.Equal(["Annual Report", "Results", "工作回顾", "Picture"], snapshot.Slides.Select(s => s.Title));
        Assert.Equal("Title Slide", snapshot.Slides[0].Layout);
        var body = Assert.Single(snapshot.Slides[1].Shapes, s => s.Kind == ShapeSnapshotKind.Body);
        Assert.Equal(
            [new("Revenue grew", 0, true), new("in the east", 1, true), new("in the west", 1, true), new ParagraphSnapshot("Costs fell", 0, true)],
            body.Paragraphs);
        Assert.Equal(["Thank the team."], snapshot.Slides[1].Notes);
        var picture = Assert.Single(snapshot.Slides[3].Shapes, s => s.Kind == ShapeSnapshotKind.Picture).Picture!;
        Assert.Equal(("image/png", 40, 20), (picture.ContentType, picture.PixelWidth, picture.PixelHeight));
        Assert.True(picture.WidthEmu > 0 && Math.Abs(2 * picture.HeightEmu!.Value - picture.WidthEmu!.Value) <= 2, $"placed at {picture.WidthEmu} x {picture.HeightEmu} EMU");
        Assert.Contains("""
            --- slide 2 · layout "Title and Content"
            title: Results
            body:
              - Revenue grew
                - in the east
                - in the west
              - Costs fell
            notes:
              Thank the team.
            """, snapshot.ToText());
    }

    [NeedsProgramFact("soffice")]
    public void LibreOfficeSavedDeck_KeepsTitlesBulletsPicturesAndNotes()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("fixture.pptx"), FixtureDeck.Build());
        Directory.CreateDirectory(temp.File("out"));
        // A private profile: LibreOffice refuses to start while another instance holds the default one.
        var profile = new Uri(temp.File("profile")).AbsoluteUri;
        ExternalProgram.Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pptx", "--outdir", "out", "fixture.pptx"], temp.Path);

        var original = DeckSnapshot.Read(temp.File("fixture.pptx"));
        var saved = DeckSnapshot.Read(temp.File(Path.Combine("out", "fixture.pptx")));

        Assert.Equal(original.Slides.Select(s => s.Title), saved.Slides.Select(s => s.Title));
        Assert.Equal(original.Slides.Select(s => s.Notes), saved.Slides.Select(s => s.Notes));
        Assert.Equal(original.Slides.Select(s => s.Hidden), saved.Slides.Select(s => s.Hidden));
        Assert.Equal(Paragraphs(original, 1, ShapeSnapshotKind.Body), Paragraphs(saved, 1, ShapeSnapshotKind.Body));
        var picture = Assert.Single(saved.Slides[1].Shapes, s => s.Kind == ShapeSnapshotKind.Picture).Picture!;
        Assert.Equal(("image/png", 40, 20), (picture.ContentType, picture.PixelWidth, picture.PixelHeight));
        Assert.Equal(original.Colors, saved.Colors);
    }

    private static List<ParagraphSnapshot> Paragraphs(DeckSnapshot deck, int slide, ShapeSnapshotKind kind) =>
        deck.Slides[slide].Shapes.Where(s => s.Kind == kind).SelectMany(s => s.Paragraphs).ToList();
}
