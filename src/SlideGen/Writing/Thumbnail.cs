using DocumentFormat.OpenXml.Packaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SlideGen.Decks;
using SlideGen.Previews;

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

    /// <summary>Bars are this share of the font size high: about the ink of a line of CJK or lower-case text.</summary>
    private const double BarHeight = 0.55;

    private static readonly Configuration Images = new(new PngConfigurationModule(), new JpegConfigurationModule())
    {
        MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = 256 }),
    };

    public static void Write(OpenXmlPackage document, Deck deck, SlideGeometry geometry, string relationshipId)
    {
        var part = document.AddNewPart<ThumbnailPart>(ContentType, relationshipId);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(Draw(deck, geometry));
    }

    public static byte[] Draw(Deck deck, SlideGeometry geometry)
    {
        var height = (int)Math.Max(1, geometry.SlideHeight * Width / Math.Max(1, geometry.SlideWidth));
        using var image = new Image<Rgb24>(Width, height, Color(deck.Theme.Background));
        if (deck.Slides.Count > 0)
            new Painter(image, deck.Theme, geometry).Slide(deck.Slides[0]);
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }

    private static Rgb24 Color(string hex) =>
        hex.Length == 6 && hex.All(Uri.IsHexDigit) ? Canvas.Color(hex) : new Rgb24(128, 128, 128);

    private sealed class Painter(Image<Rgb24> image, DeckTheme theme, SlideGeometry geometry)
    {
        private Rectangle Pixels(Box box)
        {
            var left = Scale(box.X);
            var top = Scale(box.Y);
            return new Rectangle(left, top, Math.Max(1, Scale(box.Right) - left), Math.Max(1, Scale(box.Bottom) - top));
        }

        private int Scale(long emu) => (int)(emu * Width / geometry.SlideWidth);

        public void Slide(Slide slide)
        {
            var emphasis = slide.Kind is SlideKind.Title or SlideKind.Section or SlideKind.Closing;
            var ground = emphasis ? theme.EmphasisBackground : theme.Background;
            var whole = new Box(0, 0, geometry.SlideWidth, geometry.SlideHeight);
            Canvas.Fill(image, Pixels(whole), Color(ground));
            if ((slide.Images.FirstOrDefault(i => i.Role == ImageRole.Background) ?? theme.BackgroundImage) is { } background)
            {
                Picture(background, Pixels(whole), cover: true);
                if (geometry.IsBuiltIn)
                    Blend(Pixels(whole), Color(ground), emphasis ? 80 : 85);
            }
            if (geometry.IsBuiltIn)
                Decoration(slide);

            var boxes = geometry.For(slide.Kind);
            var titleSize = slide.TitleFontSize ?? (emphasis ? DeckFitter.CoverTitleSizes[0] : DeckFitter.TitleSizes[0]);
            Text(boxes.Title, boxes.Alignment, bottom: true, [new Line(slide.Title, titleSize, 0, false, 0)], emphasis ? theme.EmphasisText : theme.Title);
            var textColor = emphasis ? theme.EmphasisText : theme.Text;
            if (slide.Kind is SlideKind.Content or SlideKind.Agenda)
            {
                var body = geometry.Body(slide.Kind, besideImage: DeckFitter.HasContentImages(slide));
                Text(body, TextAlignment.Left, bottom: false, BulletLines(slide), textColor);
            }
            else
            {
                var size = slide.BodyFontSize ?? DeckFitter.SubtitleSizes[0];
                var lines = DeckFitter.CoverLines(slide).Select((text, i) => new Line(text, size, 0, false, i == 0 ? 0 : size * SlideGeometry.ParagraphGap)).ToList();
                Text(boxes.Body, boxes.Alignment, bottom: false, lines, textColor);
            }
            ContentImages(slide);
            if ((slide.Images.FirstOrDefault(i => i.Role == ImageRole.Logo) ?? theme.Logo) is { } logo)
                Picture(logo, Pixels(SlideWriter.Contain(logo, geometry.LogoArea, centre: false)), cover: false);
        }

        private void Decoration(Slide slide)
        {
            switch (slide.Kind)
            {
                case SlideKind.Content or SlideKind.Agenda:
                    Blend(Pixels(geometry.TitleRule(slide.Kind)), Color(theme.Accent), 35);
                    Canvas.Fill(image, Pixels(geometry.TitleRuleAccent(slide.Kind)), Color(theme.Accent));
                    break;
                case SlideKind.Title or SlideKind.Closing:
                {
                    var title = geometry.For(slide.Kind).Title;
                    const long width = 1097280;
                    Canvas.Fill(image, Pixels(new Box(title.X + (title.Width - width) / 2, title.Bottom + 91440, width, 54864)), Color(theme.Accent2));
                    break;
                }
                case SlideKind.Section:
                {
                    var title = geometry.For(slide.Kind).Title;
                    const long height = 1188720;
                    Canvas.Fill(image, Pixels(new Box(title.X - 228600, title.Bottom - height, 82296, height)), Color(theme.Accent2));
                    break;
                }
            }
        }

        /// <summary>A paragraph: its text, size in points, left margin in EMU, whether a bullet hangs before it, space above in points.</summary>
        private sealed record Line(string Text, double Size, long Margin, bool Bullet, double SpaceBefore);

        private static List<Line> BulletLines(Slide slide)
        {
            var bodySize = slide.BodyFontSize ?? DeckFitter.BodySizes[0];
            var numbered = slide.Kind == SlideKind.Agenda;
            return slide.Bullets.Select((bullet, i) =>
            {
                var size = SlideGeometry.LevelFontSize(bodySize, bullet.Level);
                var margin = numbered ? SlideGeometry.NumberedMargin : SlideGeometry.BulletMargin(bullet.Level);
                return new Line(bullet.Text, size, margin, true, i == 0 ? 0 : size * SlideGeometry.ParagraphGapFor(slide.Kind));
            }).ToList();
        }

        /// <summary>Lays the paragraphs out as the writer's text box does (insets, exact line height, wrapping) and draws a bar per line.</summary>
        private void Text(Box box, TextAlignment alignment, bool bottom, IReadOnlyList<Line> paragraphs, string color)
        {
            var ink = Color(color);
            var lines = new List<(long X, long Y, long Width, long Size, bool Bullet)>();
            long y = 0;
            foreach (var paragraph in paragraphs)
            {
                if (paragraph.Text.Trim().Length == 0)
                    continue;
                var size = (long)(paragraph.Size * SlideGeometry.EmuPerPoint);
                var lineHeight = (long)(size * SlideGeometry.LineSpacing);
                if (lines.Count > 0)
                    y += (long)(paragraph.SpaceBefore * SlideGeometry.EmuPerPoint);
                var wrapped = TextMeasure.Wrap(paragraph.Text, SlideGeometry.TextWidthPoints(box, paragraph.Margin), paragraph.Size);
                for (var i = 0; i < wrapped.Count; i++)
                {
                    var width = (long)(TextMeasure.WidthPoints(wrapped[i], paragraph.Size) * SlideGeometry.EmuPerPoint);
                    lines.Add((paragraph.Margin, y, width, size, paragraph.Bullet && i == 0));
                    y += lineHeight;
                }
            }
            var inner = box.Width - 2 * SlideGeometry.InsetX;
            var top = bottom ? box.Bottom - SlideGeometry.InsetY - y : box.Y + SlideGeometry.InsetY;
            foreach (var (x, lineTop, width, size, bullet) in lines)
            {
                var left = box.X + SlideGeometry.InsetX + x + (alignment == TextAlignment.Center ? (inner - x - width) / 2 : 0);
                var bar = (long)(size * BarHeight);
                var barTop = top + lineTop + ((long)(size * SlideGeometry.LineSpacing) - bar) / 2;
                Canvas.Fill(image, Pixels(new Box(left, barTop, Math.Min(width, inner - x), bar)), ink);
                if (bullet)
                    Canvas.Fill(image, Pixels(new Box(left - SlideGeometry.BulletHanging + bar / 2, barTop + bar / 4, bar / 2, bar / 2)), Color(theme.Accent));
            }
        }

        private void ContentImages(Slide slide)
        {
            var images = slide.Images.Where(i => i.Role == ImageRole.Content).ToList();
            if (images.Count == 0)
                return;
            var besideText = slide.Bullets.Count > 0 && slide.Kind is SlideKind.Content or SlideKind.Agenda;
            var area = geometry.ImageArea(slide.Kind is SlideKind.Content or SlideKind.Agenda ? slide.Kind : SlideKind.Content, besideText);
            const long gap = 137160;
            var cellHeight = (area.Height - gap * (images.Count - 1)) / images.Count;
            for (var i = 0; i < images.Count; i++)
                Picture(images[i], Pixels(SlideWriter.Contain(images[i], area with { Y = area.Y + i * (cellHeight + gap), Height = cellHeight }, centre: true)), cover: false);
        }

        /// <summary>Draws a picture into <paramref name="target"/>; with <paramref name="cover"/> it is cropped evenly to fill it.</summary>
        private void Picture(SlideImage picture, Rectangle target, bool cover)
        {
            using var source = Image.Load<Rgb24>(Images, picture.Bytes);
            if (cover)
            {
                var wide = (long)source.Width * target.Height > (long)source.Height * target.Width;
                var crop = wide
                    ? new Rectangle((source.Width - (int)((long)source.Height * target.Width / target.Height)) / 2, 0, (int)((long)source.Height * target.Width / target.Height), source.Height)
                    : new Rectangle(0, (source.Height - (int)((long)source.Width * target.Height / target.Width)) / 2, source.Width, (int)((long)source.Width * target.Height / target.Width));
                source.Mutate(x => x.Crop(Rectangle.Intersect(crop, source.Bounds())));
            }
            source.Mutate(x => x.Resize(Math.Max(1, target.Width), Math.Max(1, target.Height)));
            image.Mutate(x => x.DrawImage(source, target.Location, 1f));
        }

        /// <summary>Lays <paramref name="color"/> over <paramref name="area"/> at <paramref name="percent"/> opacity.</summary>
        private void Blend(Rectangle area, Rgb24 color, int percent)
        {
            var clipped = Rectangle.Intersect(area, image.Bounds());
            if (clipped.Width <= 0 || clipped.Height <= 0)
                return;
            image.ProcessPixelRows(rows =>
            {
                for (var y = clipped.Top; y < clipped.Bottom; y++)
                    foreach (ref var pixel in rows.GetRowSpan(y).Slice(clipped.Left, clipped.Width))
                        pixel = new Rgb24(Mix(pixel.R, color.R), Mix(pixel.G, color.G), Mix(pixel.B, color.B));
            });
            byte Mix(byte under, byte over) => (byte)((under * (100 - percent) + over * percent + 50) / 100);
        }
    }
}
