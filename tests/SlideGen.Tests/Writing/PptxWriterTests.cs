using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using SlideGen.Decks;
using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

public class PptxWriterTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    [Fact]
    public void Chinese_deck_with_every_kind_and_notes_is_valid()
    {
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()));
        DeckAssertions.AssertValid(bytes);
    }

    [Fact]
    public void Deck_without_notes_is_valid_and_has_no_notes_master()
    {
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese(notes: false)));
        DeckAssertions.AssertValid(bytes);
        using var document = Open(bytes);
        Assert.Null(document.PresentationPart!.NotesMasterPart);
        Assert.All(document.PresentationPart.SlideParts, s => Assert.Null(s.NotesSlidePart));
    }

    [Fact]
    public void Each_slide_kind_alone_is_valid()
    {
        foreach (var kind in Enum.GetValues<SlideKind>())
        {
            var deck = new Deck { Title = "t" };
            var slide = new Slide { Kind = kind, Title = "标题 Title", Subtitle = "副标题", Notes = "备注" };
            slide.Bullets.Add(new Bullet("要点 point"));
            deck.Slides.Add(slide);
            DeckAssertions.AssertValid(PptxWriter.WriteBytes(SampleDecks.Fitted(deck)));
        }
    }

    [Fact]
    public void Notes_are_written_whole_into_a_notes_slide()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        using var document = Open(PptxWriter.WriteBytes(deck));
        var presentation = document.PresentationPart!;
        Assert.NotNull(presentation.NotesMasterPart);
        var contentSlide = SlidesInOrder(document)[3];
        var notesText = string.Concat(XDocument.Load(contentSlide.NotesSlidePart!.GetStream()).Descendants(A + "t").Select(t => t.Value));
        Assert.Equal(SampleDecks.LongNotes, notesText);
    }

    [Fact]
    public void Slide_ids_start_at_256_and_shape_ids_are_unique_per_slide()
    {
        using var document = Open(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese())));
        var ids = document.PresentationPart!.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>().Select(s => s.Id!.Value).ToList();
        Assert.Equal(Enumerable.Range(256, 5).Select(i => (uint)i), ids);
        foreach (var slide in document.PresentationPart.SlideParts)
        {
            var shapeIds = XDocument.Load(slide.GetStream()).Descendants(P + "cNvPr").Select(e => (string)e.Attribute("id")!).ToList();
            Assert.Equal(shapeIds.Count, shapeIds.Distinct().Count());
        }
    }

    [Fact]
    public void Every_run_carries_language_size_and_east_asian_font()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        using var document = Open(PptxWriter.WriteBytes(deck));
        foreach (var slide in document.PresentationPart!.SlideParts)
        {
            foreach (var run in XDocument.Load(slide.GetStream()).Descendants(A + "r"))
            {
                var properties = run.Element(A + "rPr")!;
                Assert.Equal("zh-CN", (string?)properties.Attribute("lang"));
                Assert.Equal("en-US", (string?)properties.Attribute("altLang"));
                Assert.NotNull(properties.Attribute("sz"));
                Assert.Equal(deck.Theme.EastAsianFont, (string?)properties.Element(A + "ea")?.Attribute("typeface"));
            }
        }
    }

    [Fact]
    public void Text_boxes_never_rely_on_autofit()
    {
        using var document = Open(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese())));
        foreach (var slide in document.PresentationPart!.SlideParts)
        {
            var xml = XDocument.Load(slide.GetStream());
            Assert.Empty(xml.Descendants(A + "normAutofit"));
            Assert.Empty(xml.Descendants(A + "spAutoFit"));
            Assert.All(xml.Descendants(A + "bodyPr"), b => Assert.Equal("square", (string?)b.Attribute("wrap")));
        }
    }

    [Fact]
    public void Fitted_font_sizes_are_written_on_runs()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        var content = deck.Slides.Single(s => s.Kind == SlideKind.Content);
        using var document = Open(PptxWriter.WriteBytes(deck));
        var xml = XDocument.Load(SlidesInOrder(document)[3].GetStream());
        var first = xml.Descendants(A + "r").First(r => r.Element(A + "t")!.Value.StartsWith("坚守服务宗旨不动摇"));
        Assert.Equal(((int)(content.BodyFontSize!.Value * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)first.Element(A + "rPr")!.Attribute("sz"));
    }

    [Fact]
    public void Slide_size_follows_the_theme()
    {
        using (var wide = Open(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()))))
            Assert.Equal(12192000, wide.PresentationPart!.Presentation.SlideSize!.Cx!.Value);
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.English()));
        DeckAssertions.AssertValid(bytes);
        using var standard = Open(bytes);
        Assert.Equal(9144000, standard.PresentationPart!.Presentation.SlideSize!.Cx!.Value);
    }

    [Fact]
    public void Layouts_have_PowerPoint_names()
    {
        using var document = Open(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese())));
        var names = document.PresentationPart!.SlideMasterParts.Single().SlideLayoutParts
            .Select(l => l.SlideLayout.CommonSlideData!.Name!.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Blank", "Section Header", "Title Only", "Title Slide", "Title and Content"], names);
    }

    [Fact]
    public void Images_logo_and_background_are_valid_and_shared_media_is_stored_once()
    {
        var deck = SampleDecks.Chinese();
        deck.Theme.Logo = SampleDecks.Image(400, 100, ImageRole.Logo, "logo.png");
        deck.Theme.BackgroundImage = SampleDecks.Image(800, 800, ImageRole.Background, "background.png");
        deck.Slides[3].Images.Add(SampleDecks.Image(640, 480, ImageRole.Content));
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(deck));
        DeckAssertions.AssertValid(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(3, zip.Entries.Count(e => e.FullName.StartsWith("ppt/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Content_image_keeps_its_aspect_ratio()
    {
        var image = SampleDecks.Image(400, 300, ImageRole.Content);
        var box = SlideWriter.Contain(image, new Box(0, 0, 4000000, 4000000), centre: true);
        Assert.Equal(4000000, box.Width);
        Assert.Equal(3000000, box.Height);
        Assert.Equal(500000, box.Y);
    }

    [Fact]
    public void Same_deck_gives_identical_bytes()
    {
        var first = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()));
        var second = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Created_date_changes_only_core_properties()
    {
        var early = SampleDecks.Fitted(SampleDecks.Chinese());
        var late = SampleDecks.Fitted(SampleDecks.Chinese());
        late.Created = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var earlyEntries = Entries(PptxWriter.WriteBytes(early));
        var lateEntries = Entries(PptxWriter.WriteBytes(late));
        Assert.Equal(earlyEntries.Keys, lateEntries.Keys);
        var changed = earlyEntries.Keys.Where(k => !earlyEntries[k].SequenceEqual(lateEntries[k])).ToList();
        Assert.Equal(["docProps/core.xml"], changed);
        Assert.Contains("2024-05-06T07:08:09Z", System.Text.Encoding.UTF8.GetString(lateEntries["docProps/core.xml"]));
    }

    [Fact]
    public void Package_starts_with_content_types_and_package_relationships()
    {
        using var zip = new ZipArchive(new MemoryStream(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()))));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Every_entry_of_a_deck_is_a_part_reached_from_the_package_relationships()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        var bytes = PptxWriter.WriteBytes(deck);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var parts = zip.Entries.Select(e => e.FullName).Where(n => n != "[Content_Types].xml" && !n.EndsWith(".rels", StringComparison.Ordinal)).ToHashSet();

        using var package = System.IO.Packaging.Package.Open(new MemoryStream(bytes), FileMode.Open, FileAccess.Read);
        var reached = new HashSet<string>();
        var queue = new Queue<Uri>([new Uri("/", UriKind.Relative)]);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            var relationships = source.OriginalString == "/" ? package.GetRelationships() : package.GetPart(source).GetRelationships();
            foreach (var relationship in relationships)
            {
                var target = System.IO.Packaging.PackUriHelper.ResolvePartUri(source, relationship.TargetUri);
                Assert.True(package.PartExists(target), $"{source} points at {target}, which is not in the package");
                if (reached.Add(target.OriginalString.TrimStart('/')))
                    queue.Enqueue(target);
            }
        }
        Assert.Equal(parts.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        Assert.Equal(deck.Slides.Count, parts.Count(p => p.StartsWith("ppt/slides/slide", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "ppt/presentation.xml", "ppt/presentation.xml")]
    [InlineData("ppt/presentation.xml", "ppt/slides/slide1.xml", "slides/slide1.xml")]
    [InlineData("ppt/slides/slide1.xml", "ppt/slideLayouts/slideLayout1.xml", "../slideLayouts/slideLayout1.xml")]
    [InlineData("ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "slide2.xml")]
    [InlineData("ppt/slides/slide1.xml", "ppt/slidesExtra/a.xml", "../slidesExtra/a.xml")]
    [InlineData("ppt/slideMasters/slideMaster1.xml", "docProps/app.xml", "../../docProps/app.xml")]
    public void Relationship_targets_are_relative_to_the_source_part_folder(string source, string target, string expected) =>
        Assert.Equal(expected, OpcPackage.RelativeTarget(source, target));

    [Fact]
    public void Text_with_control_characters_still_gives_a_valid_deck()
    {
        var deck = new Deck { Title = "bad\u0001title" };
        var slide = new Slide { Title = "a\u0000b\u000Bc", Notes = "x\u0002y" };
        slide.Bullets.Add(new Bullet("tab\there \uD800 lone surrogate"));
        deck.Slides.Add(slide);
        DeckAssertions.AssertValid(PptxWriter.WriteBytes(SampleDecks.Fitted(deck)));
    }

    [Fact]
    public void Empty_deck_is_valid()
    {
        DeckAssertions.AssertValid(PptxWriter.WriteBytes(new Deck()));
    }

    internal static PresentationDocument Open(byte[] bytes) => PresentationDocument.Open(new MemoryStream(bytes), false);

    internal static List<SlidePart> SlidesInOrder(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)).ToList();
    }

    private static Dictionary<string, byte[]> Entries(byte[] pptx)
    {
        using var zip = new ZipArchive(new MemoryStream(pptx));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
