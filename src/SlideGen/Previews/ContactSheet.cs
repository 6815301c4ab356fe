using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace SlideGen.Previews;

/// <summary>A slide drawn as a picture, with its number in the deck.</summary>
public sealed record RenderedSlide(int Number, Image<Rgb24> Picture) : IDisposable
{
    public void Dispose() => Picture.Dispose();
}

/// <summary>
/// Where everything sits on a contact sheet: a grid of equal cells on a light grey ground, each cell a framed
/// slide over a white strip with its number. Exposed so that tests and callers can find a slide on the sheet.
/// </summary>
public sealed record ContactSheetLayout(int Count, int Columns, int SlideWidth, int SlideHeight)
{
    public int Rows => (Count + Columns - 1) / Columns;
    /// <summary>Pixels the digits are scaled by: large enough to read on a sheet seen whole on a screen.</summary>
    public int DigitScale => Math.Max(2, SlideWidth / 120);
    public int LabelHeight => (DigitFont.GlyphHeight + 4) * DigitScale;
    public int Gap => Math.Max(8, SlideWidth / 20);
    /// <summary>A cell: the slide, a one-pixel line, the label strip, and the frame around them.</summary>
    public int CellWidth => SlideWidth + 2;
    public int CellHeight => SlideHeight + 1 + LabelHeight + 2;
    public int Width => Gap + Columns * (CellWidth + Gap);
    public int Height => Gap + Rows * (CellHeight + Gap);

    /// <summary>Where the slide picture of the <paramref name="index"/>-th cell (from 0, row by row) starts.</summary>
    public Point SlideOrigin(int index) => new(Gap + index % Columns * (CellWidth + Gap) + 1, Gap + index / Columns * (CellHeight + Gap) + 1);

    public Rectangle LabelArea(int index)
    {
        var origin = SlideOrigin(index);
        return new Rectangle(origin.X, origin.Y + SlideHeight + 1, SlideWidth, LabelHeight);
    }
}

public static class ContactSheet
{
    public const int DefaultColumns = 4;

    private static readonly Rgb24 Ground = Canvas.Color("E5E7EB");
    private static readonly Rgb24 Frame = Canvas.Color("9CA3AF");
    private static readonly Rgb24 Strip = Canvas.Color("FFFFFF");
    private static readonly Rgb24 Ink = Canvas.Color("1F2937");

    /// <summary>The layout for <paramref name="count"/> slides; columns default to four, fewer when there are fewer slides.</summary>
    public static ContactSheetLayout Layout(int count, int? columns, int slideWidth, int slideHeight) =>
        new(count, Math.Max(1, Math.Min(columns ?? DefaultColumns, Math.Max(1, count))), slideWidth, slideHeight);

    /// <summary>Composes the sheet; slides are drawn in the order given, each labelled with its own number.</summary>
    public static Image<Rgb24> Compose(IReadOnlyList<RenderedSlide> slides, int? columns = null)
    {
        if (slides.Count == 0)
            throw new ArgumentException("a contact sheet needs at least one slide", nameof(slides));
        var layout = Layout(slides.Count, columns, slides.Max(s => s.Picture.Width), slides.Max(s => s.Picture.Height));
        var sheet = new Image<Rgb24>(layout.Width, layout.Height, Ground);
        for (var i = 0; i < slides.Count; i++)
        {
            var origin = layout.SlideOrigin(i);
            var cell = new Rectangle(origin.X, origin.Y, layout.SlideWidth, layout.SlideHeight + 1 + layout.LabelHeight);
            Canvas.Fill(sheet, cell, Strip);
            Canvas.Frame(sheet, cell, Frame);
            Canvas.Fill(sheet, new Rectangle(origin.X, origin.Y + layout.SlideHeight, layout.SlideWidth, 1), Frame);
            var picture = slides[i].Picture;
            // A slide of another size than the rest (a mixed deck) is centred in its cell rather than stretched.
            var at = new Point(origin.X + (layout.SlideWidth - picture.Width) / 2, origin.Y + (layout.SlideHeight - picture.Height) / 2);
            sheet.Mutate(c => c.DrawImage(picture, at, 1f));

            var label = layout.LabelArea(i);
            var digits = slides[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var scale = layout.DigitScale;
            DigitFont.Draw(sheet, digits, label.X + 2 * scale, label.Y + 2 * scale, scale, Ink);
        }
        return sheet;
    }
}
