using SlideGen.Writing;

namespace SlideGen.Decks;

/// <summary>
/// Sizes text so that it fits its box, and continues long slides on further slides; never relies on autofit,
/// which LibreOffice and PowerPoint apply differently and which shrinks text only once the deck is opened.
/// </summary>
public static class DeckFitter
{
    public static readonly double[] BodySizes = [28, 26, 24, 22, 20, 18];
    public static readonly double[] TitleSizes = [36, 32, 30, 28, 26, 24];
    public static readonly double[] CoverTitleSizes = [44, 40, 36, 32, 28, 24];
    /// <summary>Only for titles that do not fit even on two lines at the ladder's smallest size.</summary>
    private static readonly double[] LastResortTitleSizes = [22, 20, 18];

    /// <summary>Titles are bold, and bold glyphs are wider.</summary>
    private const double BoldWidening = 1.08;
    public static readonly double[] SubtitleSizes = [24, 22, 20, 18, 16, 14];

    /// <summary>Bullets that overflow are spread over continuation slides at this size or larger.</summary>
    private const double ContinuationSize = 22;

    public static void Fit(Deck deck) => Fit(deck, DeckGeometry.For(deck.Theme));

    public static void Fit(Deck deck, SlideGeometry geometry)
    {
        var chinese = deck.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var fitted = new List<Slide>();
        foreach (var slide in deck.Slides)
        {
            if (slide.Kind is SlideKind.Content or SlideKind.Agenda)
                fitted.AddRange(FitBulletSlide(slide, geometry, chinese));
            else
            {
                FitCoverSlide(slide, geometry);
                fitted.Add(slide);
            }
        }
        deck.Slides.Clear();
        deck.Slides.AddRange(fitted);
    }

    /// <summary>The paragraphs a title, section or closing slide shows under its title.</summary>
    public static List<string> CoverLines(Slide slide)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(slide.Subtitle))
            lines.Add(slide.Subtitle);
        lines.AddRange(slide.Bullets.Select(b => b.Text));
        return lines;
    }

    public static bool HasContentImages(Slide slide) => slide.Images.Any(i => i.Role == ImageRole.Content);

    private static void FitCoverSlide(Slide slide, SlideGeometry geometry)
    {
        var boxes = geometry.For(slide.Kind);
        slide.TitleFontSize = FitTitle(slide.Title, boxes.Title, CoverTitleSizes, preferOneLine: false);
        var lines = CoverLines(slide).Select(text => new Bullet(text)).ToList();
        slide.BodyFontSize = SubtitleSizes.FirstOrDefault(
            size => Fits(lines, boxes.Body, size, NoMargin), SubtitleSizes[^1]);
    }

    private static List<Slide> FitBulletSlide(Slide slide, SlideGeometry geometry, bool chinese)
    {
        Func<int, long> margin = slide.Kind == SlideKind.Agenda ? _ => SlideGeometry.NumberedMargin : SlideGeometry.BulletMargin;
        var gap = SlideGeometry.ParagraphGapFor(slide.Kind);
        var hasImages = HasContentImages(slide);
        var firstBox = geometry.Body(slide.Kind, besideImage: hasImages && slide.Bullets.Count > 0);
        var laterBox = geometry.Body(slide.Kind, besideImage: false);

        // Bullets are never set larger than their slide's title: a long title that had to shrink takes the bullets down with it.
        var titleSize = FitTitle(slide.Title, geometry.For(slide.Kind).Title, TitleSizes);
        var size = BodySizes.Cast<double?>().FirstOrDefault(s => s <= titleSize && Fits(slide.Bullets, firstBox, s!.Value, margin, gap));
        if (size is not null)
        {
            slide.BodyFontSize = size;
            slide.TitleFontSize = titleSize;
            return [slide];
        }

        var bullets = slide.Bullets
            .SelectMany(b => SplitOversized(b, laterBox, margin(b.Level)))
            .ToList();
        var chunks = Pack(bullets, index => index == 0 ? firstBox : laterBox, margin, gap);

        // One size for the whole run of slides, so that the continuation does not look like a different deck.
        var sharedSize = chunks
            .Select((chunk, index) => BodySizes.FirstOrDefault(s => s <= titleSize && Fits(chunk, index == 0 ? firstBox : laterBox, s, margin, gap), BodySizes[^1]))
            .Min();

        var parts = new List<Slide>();
        var firstNumber = slide.FirstNumber;
        for (var index = 0; index < chunks.Count; index++)
        {
            var part = index == 0 ? slide : CopyForContinuation(slide, chinese);
            part.Bullets.Clear();
            part.Bullets.AddRange(chunks[index]);
            part.FirstNumber = firstNumber;
            firstNumber += chunks[index].Count(b => b.Level == 0);
            part.BodyFontSize = sharedSize;
            part.TitleFontSize = FitTitle(part.Title, geometry.For(part.Kind).Title, TitleSizes);
            parts.Add(part);
        }
        return parts;
    }

    private static Slide CopyForContinuation(Slide slide, bool chinese)
    {
        var copy = new Slide
        {
            Kind = slide.Kind,
            LayoutName = slide.LayoutName,
            Title = slide.Title + (chinese ? "（续）" : " (cont.)"),
            Subtitle = slide.Subtitle,
            Notes = string.IsNullOrWhiteSpace(slide.Notes) ? "" : chinese ? "（续上页）" : "(Continued from the previous slide.)",
        };
        return copy;
    }

    /// <summary>Greedy packing: each slide takes bullets while they fit at <see cref="ContinuationSize"/>.</summary>
    private static List<List<Bullet>> Pack(List<Bullet> bullets, Func<int, Box> boxFor, Func<int, long> margin, double gap)
    {
        var chunks = new List<List<Bullet>> { new() };
        foreach (var bullet in bullets)
        {
            var current = chunks[^1];
            current.Add(bullet);
            if (current.Count > 1 && !Fits(current, boxFor(chunks.Count - 1), ContinuationSize, margin, gap))
            {
                current.RemoveAt(current.Count - 1);
                chunks.Add([bullet]);
            }
        }
        return chunks;
    }

    /// <summary>
    /// A bullet too long for a whole slide at the smallest size is cut at sentence ends, and failing that at
    /// line ends, into bullets that each fit; its text is kept whole across them.
    /// </summary>
    private static IEnumerable<Bullet> SplitOversized(Bullet bullet, Box box, long margin)
    {
        var minimum = BodySizes[^1];
        if (Fits([bullet], box, minimum, _ => margin))
            return [bullet];

        var size = SlideGeometry.LevelFontSize(minimum, bullet.Level);
        var width = SlideGeometry.TextWidthPoints(box, margin);
        var maxLines = Math.Max(1, (int)(SlideGeometry.TextHeightPoints(box) / (size * SlideGeometry.LineSpacing)));

        var pieces = new List<string>();
        foreach (var sentence in Sentences(bullet.Text))
        {
            var lines = TextMeasure.Wrap(sentence, width, size);
            for (var start = 0; start < lines.Count; start += maxLines)
                pieces.Add(string.Join(JoinerFor(lines), lines.Skip(start).Take(maxLines)));
        }

        // Sentences are joined back while they fit, so a long bullet becomes few bullets, not many.
        var merged = new List<string>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && Fits([bullet with { Text = merged[^1] + piece }], box, minimum, _ => margin))
                merged[^1] += piece;
            else
                merged.Add(piece);
        }
        return merged.Select(text => bullet with { Text = text.Trim() });
    }

    private static string JoinerFor(List<string> lines) =>
        lines.Any(line => !TextMeasure.ContainsCjk(line)) ? " " : "";

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '。' or '；' or '！' or '？' or ';'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '));
            if (!end)
                continue;
            // Keep closing quotes with their sentence.
            while (i + 1 < text.Length && text[i + 1] is '”' or '’' or '」' or '）' or ' ')
                i++;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length)
            yield return text[start..];
    }

    private static long NoMargin(int level) => 0;

    /// <summary>
    /// Content titles: the largest size at which the title is one line, else the largest at which its lines
    /// fit the box. Cover titles have room for two lines and take the largest size that fits at all.
    /// </summary>
    public static double FitTitle(string title, Box box, double[] ladder, bool preferOneLine = true)
    {
        var width = SlideGeometry.TextWidthPoints(box, 0) / BoldWidening;
        var height = SlideGeometry.TextHeightPoints(box);
        if (preferOneLine)
            foreach (var size in ladder)
                if (TextMeasure.LineCount(title, width, size) == 1)
                    return size;
        foreach (var size in ladder.Concat(LastResortTitleSizes))
            if (TextMeasure.LineCount(title, width, size) * size * SlideGeometry.LineSpacing <= height)
                return size;
        return LastResortTitleSizes[^1];
    }

    /// <summary>Height in points that <paramref name="bullets"/> take at body size <paramref name="size"/>.</summary>
    public static double Height(IReadOnlyList<Bullet> bullets, Box box, double size, Func<int, long> margin, double gap = SlideGeometry.ParagraphGap)
    {
        var height = 0.0;
        for (var i = 0; i < bullets.Count; i++)
        {
            var levelSize = SlideGeometry.LevelFontSize(size, bullets[i].Level);
            var width = SlideGeometry.TextWidthPoints(box, margin(bullets[i].Level)) / (bullets[i].Emphasis ? BoldWidening : 1);
            height += TextMeasure.LineCount(bullets[i].Text, width, levelSize) * levelSize * SlideGeometry.LineSpacing;
            if (i > 0)
                height += levelSize * gap;
        }
        return height;
    }

    private static bool Fits(IReadOnlyList<Bullet> bullets, Box box, double size, Func<int, long> margin, double gap = SlideGeometry.ParagraphGap) =>
        Height(bullets, box, size, margin, gap) <= SlideGeometry.TextHeightPoints(box);
}
