using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Previews;

namespace SlideGen.Tests.Previews;

public sealed class ContactSheetTests
{
    private static readonly Rgb24[] Colors =
        [new(200, 30, 30), new(30, 160, 60), new(40, 60, 200), new(230, 180, 20), new(120, 40, 160)];

    private static List<RenderedSlide> Slides(int count, int width = 120, int height = 68) =>
        Enumerable.Range(0, count).Select(i => new RenderedSlide(i + 3, new Image<Rgb24>(width, height, Colors[i % Colors.Length]))).ToList();

    [Fact]
    public void Compose_puts_each_slide_whole_in_its_cell_row_by_row()
    {
        var slides = Slides(5);
        using var sheet = ContactSheet.Compose(slides, columns: 2);
        var layout = ContactSheet.Layout(5, 2, 120, 68);

        Assert.Equal((layout.Width, layout.Height), (sheet.Width, sheet.Height));
        Assert.Equal(3, layout.Rows);
        for (var i = 0; i < slides.Count; i++)
        {
            var origin = layout.SlideOrigin(i);
            foreach (var (x, y) in new[] { (0, 0), (119, 0), (0, 67), (119, 67), (60, 34) })
                Assert.Equal(Colors[i], sheet[origin.X + x, origin.Y + y]);
        }
        // The sixth cell of the grid is empty: the ground shows where a slide would be.
        var empty = layout.SlideOrigin(5);
        Assert.Equal(sheet[1, 1], sheet[empty.X + 60, empty.Y + 34]);
        foreach (var slide in slides) slide.Dispose();
    }

    [Fact]
    public void Each_cell_is_labelled_with_its_own_slide_number()
    {
        var slides = Slides(2);
        using var sheet = ContactSheet.Compose(slides);
        var layout = ContactSheet.Layout(2, null, 120, 68);

        Assert.Equal(2, layout.Columns);
        var first = Ink(sheet, layout.LabelArea(0));
        var second = Ink(sheet, layout.LabelArea(1));
        Assert.NotEmpty(first);
        // Slides 3 and 4 carry different digits, so their labels differ.
        Assert.NotEqual(first, second);
        foreach (var slide in slides) slide.Dispose();
    }

    [Fact]
    public void Digits_are_drawn_at_the_scale_asked_for()
    {
        using var image = new Image<Rgb24>(100, 40, new Rgb24(255, 255, 255));
        DigitFont.Draw(image, "10", 0, 0, 3, new Rgb24(0, 0, 0));

        var inked = Ink(image, new Rectangle(0, 0, 100, 40));
        Assert.Equal(DigitFont.Width("10", 3) - 1, inked.Max(p => p.X));
        Assert.Equal(DigitFont.GlyphHeight * 3 - 1, inked.Max(p => p.Y));
    }

    private static List<Point> Ink(Image<Rgb24> image, Rectangle area)
    {
        var points = new List<Point>();
        for (var y = area.Top; y < area.Bottom; y++)
            for (var x = area.Left; x < area.Right; x++)
                if (image[x, y].R < 128)
                    points.Add(new Point(x - area.Left, y - area.Top));
        return points;
    }
}
