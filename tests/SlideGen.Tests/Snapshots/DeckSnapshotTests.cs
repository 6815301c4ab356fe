using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SlideGen.Diagnostics;
using SlideGen.Snapshots;

namespace SlideGen.Tests.Snapshots;

public class DeckSnapshotTests
{
    // What a reviewer sees: trailing spaces trimmed, slide numbers and ids left out, inherited bullets resolved
    // (the section layout turns them off, the subtitle layout too), groups flattened, a:br kept as a line break,
    // slide number and date fields shown as placeholders because their cached text changes with order and day.
    private const string FixtureSnapshot = """
        size: 33.87 x 19.05 cm (12192000 x 6858000 EMU)
        theme: Fixture Theme
        colors: dk1=000000 lt1=FFFFFF dk2=1F3A5F lt2=EEECE1 hlink=0563C1 folHlink=954F72
        accents: accent1=2563EB accent2=F59E0B accent3=10B981 accent4=EF4444 accent5=8B5CF6 accent6=6B7280
        major font: latin "Georgia", east asian "Noto Serif CJK SC"
        minor font: latin "Calibri", east asian ""
        slides: 3

        --- slide 1 · layout "Title Slide"
        title: 年度工作报告
        subtitle:
          李伟 · 2024年12月

        --- slide 2 · layout "Title and Content"
        title: Results
               of the year
        body:
          - Revenue grew
            - in the east
              - Shanghai
            - in the west
          A plain paragraph.
        text:
          Source: finance office
        text:
          In a group
        picture: 10.00 x 5.00 cm (3600000 x 1800000 EMU), image/png, 40 x 20 px, alt "A red box"
        notes:
          Thank the team.
          Mention the east:
          sales up 12%.

        --- slide 3 · layout "Section Header" · hidden
        title: 展望
        body:
          明年重点
        text:
          Page ‹#› · ‹date›
        table: 2 rows
          | Item | Target |
          | Exports | +5% |

        """;

    [Fact]
    public void FixtureDeck_IsAValidPresentation()
    {
        using var stream = new MemoryStream(FixtureDeck.Build());
        using var document = PresentationDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Text_ShowsSizeThemeTitlesBulletsWithLevelsPicturesAndNotes()
    {
        using var stream = new MemoryStream(FixtureDeck.Build());

        var text = DeckSnapshot.Read(stream, "fixture.pptx").ToText();

        Assert.Equal(FixtureSnapshot, text);
    }

    [Fact]
    public void Text_IsIdenticalAcrossRunsAndCopies_AndUsesLfWithoutTrailingSpaces()
    {
        using var temp = new TempDirectory();
        var first = temp.File("first.pptx");
        var second = temp.File("second.pptx");
        File.WriteAllBytes(first, FixtureDeck.Build());
        File.WriteAllBytes(second, FixtureDeck.Build());
        File.SetLastWriteTimeUtc(second, new DateTime(2011, 3, 4, 5, 6, 7, DateTimeKind.Utc));

        var texts = new[]
        {
            DeckSnapshot.Read(first).ToText(),
            DeckSnapshot.Read(second).ToText(),
            DeckSnapshot.Read(new NonSeekableStream(File.ReadAllBytes(first)), "stdin").ToText(),
        };

        Assert.All(texts, text => Assert.Equal(texts[0], text));
        Assert.DoesNotContain('\r', texts[0]);
        Assert.All(texts[0].Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
        Assert.EndsWith("\n", texts[0]);
    }

    [Fact]
    public void Json_HasTheSameFacts()
    {
        using var stream = new MemoryStream(FixtureDeck.Build());

        using var json = JsonDocument.Parse(DeckSnapshot.Read(stream, "fixture.pptx").ToJson());

        var root = json.RootElement;
        Assert.Equal(12192000, root.GetProperty("size").GetProperty("width_emu").GetInt64());
        Assert.Equal("2563EB", root.GetProperty("theme").GetProperty("colors").GetProperty("accent1").GetString());
        Assert.Equal("Noto Serif CJK SC", root.GetProperty("theme").GetProperty("fonts").GetProperty("major_east_asian").GetString());
        var slide = root.GetProperty("slides")[1];
        Assert.Equal("Title and Content", slide.GetProperty("layout").GetString());
        Assert.Equal("Results\nof the year", slide.GetProperty("title").GetString());
        var body = slide.GetProperty("shapes")[0];
        Assert.Equal("body", body.GetProperty("kind").GetString());
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (p.GetProperty("text").GetString(), p.GetProperty("level").GetInt32(), p.GetProperty("bullet").GetBoolean()))
            .ToList();
        Assert.Equal(
            [("Revenue grew", 0, true), ("in the east", 1, true), ("Shanghai", 2, true), ("in the west", 1, true), ("A plain paragraph.", 0, false)],
            paragraphs);
        var picture = slide.GetProperty("shapes")[3];
        Assert.Equal("picture", picture.GetProperty("kind").GetString());
        Assert.Equal("image/png", picture.GetProperty("content_type").GetString());
        Assert.Equal(40, picture.GetProperty("pixel_width").GetInt32());
        Assert.Equal(10.0, picture.GetProperty("width_cm").GetDouble());
        Assert.Equal(["Thank the team.", "Mention the east:\nsales up 12%."], slide.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.True(root.GetProperty("slides")[2].GetProperty("hidden").GetBoolean());
    }

    public static TheoryData<string, byte[]> NotDecks()
    {
        var deck = FixtureDeck.Build();
        using var word = new MemoryStream();
        using (var document = WordprocessingDocument.Create(word, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body());
        }
        return new TheoryData<string, byte[]>
        {
            { "speech.pptx", "这不是幻灯片。\n"u8.ToArray() },
            { "report.docx", word.ToArray() },
            { "truncated.pptx", deck[..(deck.Length / 2)] },
            { "empty.pptx", [] },
        };
    }

    [Theory]
    [MemberData(nameof(NotDecks))]
    public void Read_NotAPowerPointDeck_FailsNamingTheFile(string name, byte[] bytes)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SlideGenException>(() => DeckSnapshot.Read(path));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.StartsWith($"{path}: error: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_MissingFile_FailsAsNotFound()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<SlideGenException>(() => DeckSnapshot.Read(temp.File("missing.pptx")));

        Assert.Equal(ExitCodes.InputNotFound, error.ExitCode);
    }

    /// <summary>Standard input is not seekable; a zip needs seeking, so the reader must buffer it.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
