using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SlideGen.Previews;

/// <summary>The few drawing operations previews and thumbnails need, on plain pixel rows (ImageSharp.Drawing is not available).</summary>
internal static class Canvas
{
    /// <summary>Fills <paramref name="area"/>, clipped to the image.</summary>
    public static void Fill(Image<Rgb24> image, Rectangle area, Rgb24 color)
    {
        var clipped = Rectangle.Intersect(area, new Rectangle(0, 0, image.Width, image.Height));
        if (clipped.Width <= 0 || clipped.Height <= 0)
            return;
        image.ProcessPixelRows(rows =>
        {
            for (var y = clipped.Top; y < clipped.Bottom; y++)
                rows.GetRowSpan(y).Slice(clipped.Left, clipped.Width).Fill(color);
        });
    }

    /// <summary>A one-pixel outline just outside <paramref name="inner"/>.</summary>
    public static void Frame(Image<Rgb24> image, Rectangle inner, Rgb24 color)
    {
        Fill(image, new Rectangle(inner.Left - 1, inner.Top - 1, inner.Width + 2, 1), color);
        Fill(image, new Rectangle(inner.Left - 1, inner.Bottom, inner.Width + 2, 1), color);
        Fill(image, new Rectangle(inner.Left - 1, inner.Top, 1, inner.Height), color);
        Fill(image, new Rectangle(inner.Right, inner.Top, 1, inner.Height), color);
    }

    public static Rgb24 Color(string hex)
    {
        var value = Convert.ToInt32(hex, 16);
        return new Rgb24((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
