using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Tests.Writing;
using SlideGen.Writing;

namespace SlideGen.Tests.Previews;

/// <summary>The package thumbnail file browsers show: the first slide, drawn by the writer from the plain deck.</summary>
public sealed class ThumbnailTests
{
    private const string ThumbnailRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";

    private static byte[] ThumbnailOf(byte[] pptx)
    {
        using var document = PresentationDocument.Open(new MemoryStream(pptx, writable: false), false);
        var part = Assert.IsType<ThumbnailPart>(document.ThumbnailPart);
        Assert.Equal("image/jpeg", part.ContentType);
        Assert.Contains(document.Parts, p => p.OpenXmlPart == part && p.OpenXmlPart.RelationshipType == ThumbnailRelationship);
        using var stream = part.GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Image<Rgb24> Decode(Deck deck) => Image.Load<Rgb24>(ThumbnailOf(PptxWriter.WriteBytes(deck)));

    [Fact]
    public void The_deck_carries_a_valid_jpeg_thumbnail_at_docProps()
    {
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()));

        DeckAssertions.AssertValid(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("docProps/thumbnail.jpeg"));
        using var thumbnail = Image.Load<Rgb24>(ThumbnailOf(bytes));
        Assert.Equal((256, 144), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public void A_four_by_three_deck_gets_a_four_by_three_thumbnail()
    {
        var deck = SampleDecks.Chinese();
        deck.Theme.Size = SlideSize.Standard4x3;

        using var thumbnail = Decode(SampleDecks.Fitted(deck));

        Assert.Equal((256, 192), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public void The_same_deck_gives_the_same_thumbnail_bytes()
    {
        Assert.Equal(ThumbnailOf(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()))),
            ThumbnailOf(PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()))));
    }

    [Fact]
    public void It_shows_the_first_slide_background_and_its_title_as_bars_in_the_text_colour()
    {
        var deck = SampleDecks.Fitted(SampleDecks.Chinese());
        deck.Theme.EmphasisBackground = "204080";
        deck.Theme.EmphasisText = "FFFFFF";

        using var thumbnail = Decode(deck);

        Assert.True(Near(thumbnail[3, 3], new Rgb24(0x20, 0x40, 0x80)), $"corner is {thumbnail[3, 3]}");
        // The title runs across the middle of a title slide: its bars are the text colour there.
        Assert.InRange(Count(thumbnail, p => Near(p, new Rgb24(255, 255, 255))), 300, 256 * 144 / 3);
    }

    [Fact]
    public void A_longer_title_draws_longer_bars()
    {
        Deck WithTitle(string title)
        {
            var deck = new Deck { Title = title };
            deck.Slides.Add(new Slide { Kind = SlideKind.Content, Title = title });
            return SampleDecks.Fitted(deck);
        }

        using var shortTitle = Decode(WithTitle("要点"));
        using var longTitle = Decode(WithTitle("坚守服务宗旨不动摇，坚持工作标准不放松"));

        int Ink(Image<Rgb24> image) => Count(image, p => p.R < 128 && p.G < 128);
        Assert.True(Ink(longTitle) > 3 * Ink(shortTitle), $"{Ink(longTitle)} vs {Ink(shortTitle)}");
    }

    [Fact]
    public void A_background_picture_shows_through_its_veil()
    {
        Deck Plain()
        {
            var deck = new Deck { Title = "背景" };
            deck.Slides.Add(new Slide { Kind = SlideKind.Content, Title = "" });
            deck.Theme.Background = "FFFFFF";
            return deck;
        }
        var pictured = Plain();
        pictured.Theme.BackgroundImage = ImageLoader.Load(SolidPng(new Rgb24(0, 0, 0)), "black.png", new SourcePosition("test"), ImageRole.Background);

        using var plain = Decode(Plain());
        using var withPicture = Decode(pictured);

        // A black picture under an 85% white veil leaves a light grey, not white.
        Assert.True(Near(plain[128, 130], new Rgb24(255, 255, 255)));
        Assert.True(Near(withPicture[128, 130], new Rgb24(217, 217, 217)), $"{withPicture[128, 130]}");
    }

    [Fact]
    public void A_deck_with_a_reference_deck_also_gets_a_thumbnail()
    {
        var folder = Directory.CreateTempSubdirectory("slidegen-thumbnail-").FullName;
        try
        {
            var reference = Path.Combine(folder, "reference.pptx");
            File.WriteAllBytes(reference, PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.English())));
            var deck = SampleDecks.Chinese();
            deck.Theme.ReferenceDeckPath = reference;

            var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(deck));

            DeckAssertions.AssertValid(bytes);
            using var thumbnail = Image.Load<Rgb24>(ThumbnailOf(bytes));
            Assert.Equal(256, thumbnail.Width);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Near(Rgb24 a, Rgb24 b) => Math.Abs(a.R - b.R) < 16 && Math.Abs(a.G - b.G) < 16 && Math.Abs(a.B - b.B) < 16;

    private static int Count(Image<Rgb24> image, Func<Rgb24, bool> match)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (match(image[x, y])) count++;
        return count;
    }

    private static byte[] SolidPng(Rgb24 color)
    {
        using var image = new Image<Rgb24>(64, 36, color);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
