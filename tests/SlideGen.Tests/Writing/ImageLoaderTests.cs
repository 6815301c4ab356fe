using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

public class ImageLoaderTests
{
    private static readonly SourcePosition Here = new("deck.md", 3, 1);

    private static byte[] Encode(int width, int height, Action<Image, Stream> save)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 60, 90));
        using var stream = new MemoryStream();
        save(image, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Small_png_is_kept_as_it_is()
    {
        var bytes = SampleDecks.Png(320, 200);
        var image = ImageLoader.Load(bytes, "chart.png", Here);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal((320, 200), (image.PixelWidth, image.PixelHeight));
        Assert.Equal(bytes, image.Bytes);
    }

    [Fact]
    public void Jpeg_is_accepted()
    {
        var image = ImageLoader.Load(Encode(64, 48, (i, s) => i.SaveAsJpeg(s)), "photo.jpg", Here);
        Assert.Equal("image/jpeg", image.ContentType);
    }

    [Fact]
    public void Large_image_is_scaled_down_to_the_same_bytes_every_time()
    {
        var bytes = SampleDecks.Png(3000, 1200);
        var first = ImageLoader.Load(bytes, "wide.png", Here);
        var second = ImageLoader.Load(bytes, "wide.png", Here);
        Assert.Equal((2000, 800), (first.PixelWidth, first.PixelHeight));
        Assert.Equal("image/png", first.ContentType);
        Assert.Equal(first.Bytes, second.Bytes);
        using var decoded = Image.Load(first.Bytes);
        Assert.Equal(2000, decoded.Width);
    }

    [Fact]
    public void Other_formats_are_refused_naming_the_accepted_ones()
    {
        var gif = Encode(10, 10, (i, s) => i.SaveAsGif(s));
        var error = Assert.Throws<SlideGenException>(() => ImageLoader.Load(gif, "anim.gif", Here));
        Assert.Contains("PNG or JPEG", error.Message);
        Assert.StartsWith("deck.md(3,1): error:", error.Message);
    }

    [Fact]
    public void Absurd_dimensions_are_refused_before_decoding()
    {
        var error = Assert.Throws<SlideGenException>(() => ImageLoader.Load(SampleDecks.Png(10001, 1), "strip.png", Here));
        Assert.Contains("10001x1", error.Message);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        var error = Assert.Throws<SlideGenException>(() => ImageLoader.Load("/nonexistent/logo.png", Here, ImageRole.Logo, ExitCodes.TemplateError));
        Assert.Contains("/nonexistent/logo.png", error.Message);
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
    }

    [Fact]
    public void Garbage_is_refused()
    {
        Assert.Throws<SlideGenException>(() => ImageLoader.Load("not an image at all"u8.ToArray(), "x.png", Here));
    }
}
