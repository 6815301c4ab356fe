using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>
/// The package thumbnail (docProps/thumbnail.jpeg) that file browsers show: the first slide drawn from the plain deck,
/// its background, pictures and decoration as they are, its text as bars in the text colour where the lines fall.
/// Drawn here rather than by an office suite so that writing needs no other program and stays byte-stable.
/// </summary>
internal static class Thumbnail
{
    public const int Width = 256;
    public const string ContentType = "image/jpeg";
    private const int Quality = 85;

    /// <summary>Bars are this share of the font size high: about the ink of a line of CJK or lower-case text.</summary>
    private const double BarHeight = 0.55;

    public static void Write(IPackagePart package, Deck deck, SlideGeometry geometry, string relationshipId) =>
        package.AddPart(PartKind.Thumbnail, relationshipId).Write(Draw(deck, geometry));

    public static byte[] Draw(Deck deck, SlideGeometry geometry)
    {
        var height = (int)Math.Max(1, geometry.SlideHeight * Width / Math.Max(1, geometry.SlideWidth));
        var canvas = new Pixels(Width, height);
        canvas.Fill(new Area(0, 0, Width, height), Rgb.Parse(deck.Theme.Background));
        if (deck.Slides.Count > 0)
            new Painter(canvas, deck.Theme, geometry).Slide(deck.Slides[0]);
        return BaselineJpeg.Encode(canvas.Bytes, canvas.Width, canvas.Height, Quality);
    }

    private readonly record struct Rgb(byte R, byte G, byte B)
    {
        public static Rgb Parse(string hex) =>
            hex.Length == 6 && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var value)
                ? new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value)
                : new Rgb(128, 128, 128);
    }

    private readonly record struct Area(int X, int Y, int Width, int Height);

    /// <summary>
    /// Three bytes a pixel in a plain array: most first slides are colour and text only, and drawing those without an
    /// image library keeps its start-up out of every conversion. Pictures are decoded and scaled by ImageSharp.
    /// </summary>
    private sealed class Pixels(int width, int height)
    {
        public int Width { get; } = width;
        public int Height { get; } = height;
        public byte[] Bytes { get; } = new byte[width * height * 3];

        public void Fill(Area area, Rgb color)
        {
            var (left, top, right, bottom) = Clip(area);
            if (left >= right || top >= bottom)
                return;
            var first = Bytes.AsSpan((top * Width + left) * 3, (right - left) * 3);
            for (var i = 0; i < first.Length; i += 3)
                (first[i], first[i + 1], first[i + 2]) = (color.R, color.G, color.B);
            for (var y = top + 1; y < bottom; y++)
                first.CopyTo(Bytes.AsSpan((y * Width + left) * 3));
        }

        /// <summary>Lays <paramref name="color"/> over <paramref name="area"/> at <paramref name="percent"/> opacity, clipped to the picture.</summary>
        public void Blend(Area area, Rgb color, int percent)
        {
            var (left, top, right, bottom) = Clip(area);
            for (var y = top; y < bottom; y++)
                for (var x = left; x < right; x++)
                {
                    var i = (y * Width + x) * 3;
                    Bytes[i] = Mix(Bytes[i], color.R, percent);
                    Bytes[i + 1] = Mix(Bytes[i + 1], color.G, percent);
                    Bytes[i + 2] = Mix(Bytes[i + 2], color.B, percent);
                }
        }

        public void Draw(Image<Rgb24> picture, int atX, int atY)
        {
            var (left, top, right, bottom) = Clip(new Area(atX, atY, picture.Width, picture.Height));
            for (var y = top; y < bottom; y++)
                for (var x = left; x < right; x++)
                {
                    var pixel = picture[x - atX, y - atY];
                    var i = (y * Width + x) * 3;
                    (Bytes[i], Bytes[i + 1], Bytes[i + 2]) = (pixel.R, pixel.G, pixel.B);
                }
        }

        private (int Left, int Top, int Right, int Bottom) Clip(Area area) =>
            (Math.Max(0, area.X), Math.Max(0, area.Y), Math.Min(Width, area.X + area.Width), Math.Min(Height, area.Y + area.Height));

        private static byte Mix(byte under, byte over, int percent) => (byte)((under * (100 - percent) + over * percent + 50) / 100);
    }

    private sealed class Painter(Pixels canvas, DeckTheme theme, SlideGeometry geometry)
    {
        private Area Scale(Box box)
        {
            var left = Scale(box.X);
            var top = Scale(box.Y);
            return new Area(left, top, Math.Max(1, Scale(box.Right) - left), Math.Max(1, Scale(box.Bottom) - top));
        }

        private int Scale(long emu) => (int)(emu * Width / geometry.SlideWidth);

        public void Slide(Slide slide)
        {
            var emphasis = slide.Kind is SlideKind.Title or SlideKind.Section or SlideKind.Closing;
            var ground = Rgb.Parse(emphasis ? theme.EmphasisBackground : theme.Background);
            var whole = new Box(0, 0, geometry.SlideWidth, geometry.SlideHeight);
            canvas.Fill(Scale(whole), ground);
            if ((slide.Images.FirstOrDefault(i => i.Role == ImageRole.Background) ?? theme.BackgroundImage) is { } background)
            {
                Picture(background, Scale(whole), cover: true);
                // The writer's veil, which keeps text readable over a photograph.
                if (geometry.IsBuiltIn)
                    canvas.Blend(Scale(whole), ground, emphasis ? 80 : 85);
            }
            if (geometry.IsBuiltIn)
                Decoration(slide);

            var boxes = geometry.For(slide.Kind);
            var titleSize = slide.TitleFontSize ?? (emphasis ? DeckFitter.CoverTitleSizes[0] : DeckFitter.TitleSizes[0]);
            Text(boxes.Title, boxes.Alignment, bottom: true, [new Paragraph(slide.Title, titleSize, 0, false, 0)], emphasis ? theme.EmphasisText : theme.Title);
            var textColor = emphasis ? theme.EmphasisText : theme.Text;
            if (slide.Kind is SlideKind.Content or SlideKind.Agenda)
            {
                var body = geometry.Body(slide.Kind, besideImage: DeckFitter.HasContentImages(slide));
                Text(body, TextAlignment.Left, bottom: false, BulletParagraphs(slide), textColor);
            }
            else
            {
                var size = slide.BodyFontSize ?? DeckFitter.SubtitleSizes[0];
                var lines = DeckFitter.CoverLines(slide).Select((text, i) => new Paragraph(text, size, 0, false, i == 0 ? 0 : size * SlideGeometry.ParagraphGap)).ToList();
                Text(boxes.Body, boxes.Alignment, bottom: false, lines, textColor);
            }
            ContentImages(slide);
            if ((slide.Images.FirstOrDefault(i => i.Role == ImageRole.Logo) ?? theme.Logo) is { } logo)
                Picture(logo, Scale(SlideWriter.Contain(logo, geometry.LogoArea, centre: false)), cover: false);
        }

        /// <summary>The rules and accent bars the writer draws on built-in slides, in the same places.</summary>
        private void Decoration(Slide slide)
        {
            switch (slide.Kind)
            {
                case SlideKind.Content or SlideKind.Agenda:
                    canvas.Blend(Scale(geometry.TitleRule(slide.Kind)), Rgb.Parse(theme.Accent), 35);
                    canvas.Fill(Scale(geometry.TitleRuleAccent(slide.Kind)), Rgb.Parse(theme.Accent));
                    break;
                case SlideKind.Title or SlideKind.Closing:
                {
                    var title = geometry.For(slide.Kind).Title;
                    const long width = 1097280;
                    canvas.Fill(Scale(new Box(title.X + (title.Width - width) / 2, title.Bottom + 91440, width, 54864)), Rgb.Parse(theme.Accent2));
                    break;
                }
                case SlideKind.Section:
                {
                    var title = geometry.For(slide.Kind).Title;
                    const long height = 1188720;
                    canvas.Fill(Scale(new Box(title.X - 228600, title.Bottom - height, 82296, height)), Rgb.Parse(theme.Accent2));
                    break;
                }
            }
        }

        /// <summary>A paragraph: its text, size in points, left margin in EMU, whether a bullet hangs before it, space above in points.</summary>
        private sealed record Paragraph(string Text, double Size, long Margin, bool Bullet, double SpaceBefore);

        private static List<Paragraph> BulletParagraphs(Slide slide)
        {
            var bodySize = slide.BodyFontSize ?? DeckFitter.BodySizes[0];
            var numbered = slide.Kind == SlideKind.Agenda;
            return slide.Bullets.Select((bullet, i) =>
            {
                var size = SlideGeometry.LevelFontSize(bodySize, bullet.Level);
                var margin = numbered ? SlideGeometry.NumberedMargin : SlideGeometry.BulletMargin(bullet.Level);
                return new Paragraph(bullet.Text, size, margin, true, i == 0 ? 0 : size * SlideGeometry.ParagraphGapFor(slide.Kind));
            }).ToList();
        }

        /// <summary>Lays the paragraphs out as the writer's text box does (insets, exact line height, the fitter's wrapping) and draws a bar per line.</summary>
        private void Text(Box box, TextAlignment alignment, bool bottom, IReadOnlyList<Paragraph> paragraphs, string color)
        {
            var ink = Rgb.Parse(color);
            var lines = new List<(long X, long Y, long Width, long Size, bool Bullet)>();
            long y = 0;
            foreach (var paragraph in paragraphs)
            {
                if (paragraph.Text.Trim().Length == 0)
                    continue;
                var size = (long)(paragraph.Size * SlideGeometry.EmuPerPoint);
                if (lines.Count > 0)
                    y += (long)(paragraph.SpaceBefore * SlideGeometry.EmuPerPoint);
                var wrapped = TextMeasure.Wrap(paragraph.Text, SlideGeometry.TextWidthPoints(box, paragraph.Margin), paragraph.Size);
                for (var i = 0; i < wrapped.Count; i++)
                {
                    var width = (long)(TextMeasure.WidthPoints(wrapped[i], paragraph.Size) * SlideGeometry.EmuPerPoint);
                    lines.Add((paragraph.Margin, y, width, size, paragraph.Bullet && i == 0));
                    y += (long)(size * SlideGeometry.LineSpacing);
                }
            }
            var inner = box.Width - 2 * SlideGeometry.InsetX;
            var top = bottom ? box.Bottom - SlideGeometry.InsetY - y : box.Y + SlideGeometry.InsetY;
            foreach (var (x, lineTop, width, size, bullet) in lines)
            {
                var left = box.X + SlideGeometry.InsetX + x + (alignment == TextAlignment.Center ? (inner - x - width) / 2 : 0);
                var bar = (long)(size * BarHeight);
                var barTop = top + lineTop + ((long)(size * SlideGeometry.LineSpacing) - bar) / 2;
                canvas.Fill(Scale(new Box(left, barTop, Math.Min(width, inner - x), bar)), ink);
                if (bullet)
                    canvas.Fill(Scale(new Box(left - SlideGeometry.BulletHanging + bar / 2, barTop + bar / 4, bar / 2, bar / 2)), Rgb.Parse(theme.Accent));
            }
        }

        private void ContentImages(Slide slide)
        {
            foreach (var (image, cell) in geometry.ContentImageCells(slide))
                Picture(image, Scale(SlideWriter.Contain(image, cell, centre: true)), cover: false);
        }

        /// <summary>Draws a picture into <paramref name="target"/>; with <paramref name="cover"/> it is cropped evenly to fill it.</summary>
        private void Picture(SlideImage picture, Area target, bool cover)
        {
            // The bytes were checked when the image was loaded (ImageLoader); decoding stays capped all the same.
            using var source = Image.Load<Rgb24>(ImageLoader.Configuration, picture.Bytes);
            if (cover)
            {
                var wide = (long)source.Width * target.Height > (long)source.Height * target.Width;
                var crop = wide
                    ? new Rectangle((source.Width - (int)((long)source.Height * target.Width / target.Height)) / 2, 0, (int)((long)source.Height * target.Width / target.Height), source.Height)
                    : new Rectangle(0, (source.Height - (int)((long)source.Width * target.Height / target.Width)) / 2, source.Width, (int)((long)source.Width * target.Height / target.Width));
                crop = Rectangle.Intersect(crop, source.Bounds());
                if (crop.Width > 0 && crop.Height > 0)
                    source.Mutate(x => x.Crop(crop));
            }
            source.Mutate(x => x.Resize(Math.Max(1, target.Width), Math.Max(1, target.Height)));
            canvas.Draw(source, target.X, target.Y);
        }
    }
}
