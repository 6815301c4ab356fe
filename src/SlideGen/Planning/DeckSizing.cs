using SlideGen.Sections;

namespace SlideGen.Planning;

/// <summary>What size of deck is asked for: the template's slide depth and the user's --minutes or --slides.</summary>
public sealed record DeckRequest
{
    /// <summary>0 for "auto": the plan decides per point from the outline; 1 to 3: points below this level never get slides of their own.</summary>
    public int SlideDepth { get; init; }
    /// <summary>The time the talk has (--minutes), when asked.</summary>
    public double? Minutes { get; init; }
    /// <summary>The number of slides asked for (--slides), when asked.</summary>
    public int? Slides { get; init; }
    public SpeakingRate Rate { get; init; } = SpeakingRate.Default;

    public static DeckRequest Auto { get; } = new();

    /// <summary>The deck size asked for, in slides: --slides, or a slide a minute for --minutes.</summary>
    public int? TargetSlides => Slides ?? (Minutes is { } m ? Math.Max(3, (int)Math.Round(m)) : null);
}

/// <summary>One slide of a point as the sizing decided it: the plan shows it with <c>point.slides</c>.</summary>
public sealed record SlidePart(string Title, IReadOnlyList<PartBullet> Bullets, string Notes, double Minutes);

public sealed record PartBullet(string Text, int Level);

/// <summary>How one point is shown: on its own slide(s) with its sub-points as bullets, or opened into its sub-points' slides.</summary>
public sealed class PointSizing
{
    public required OutlineNode Node { get; init; }
    public required int Level { get; init; }
    public double Minutes { get; init; }
    public double OwnMinutes { get; init; }
    /// <summary>True when the point is shown on its own slides (its sub-points, if any, become bullets).</summary>
    public bool Folded { get; set; }
    /// <summary>True when an opened point gets an overview slide before its sub-points' slides.</summary>
    public bool Overview { get; set; }
    /// <summary>True when the point's text is shown on another point's slide (an inline run, or a merged sibling).</summary>
    public bool Merged { get; set; }
    /// <summary>How many slides a long text of its own is spread over (1 unless long).</summary>
    public int Parts { get; set; } = 1;
    /// <summary>Paragraphs (of its own text) that start a slide of their own: those that open with a bold run-in heading.</summary>
    public List<int> Breaks { get; } = [];
    /// <summary>Text of the points above that have no slide of their own (their heading, a line of text): said at this point's first slide.</summary>
    public string Lead { get; set; } = "";
    /// <summary>Short siblings shown on this point's slide because the deck asked for is small.</summary>
    public List<PointSizing> Guests { get; } = [];
    /// <summary>Following siblings counted off inside one paragraph (一是…二是… on one line): bullets of this point's slide.</summary>
    public List<PointSizing> Inline { get; } = [];
    public List<PointSizing> Children { get; } = [];
}

/// <summary>
/// Chooses the slide level per point and how many slides long texts take, from the outline's shape and the size of its texts,
/// so that a deck has about the slides a presenter would make: one per point, sub-points that are a phrase or a sentence
/// each shown as bullets, long texts spread over a few slides, and with --minutes or --slides, about the size asked for.
/// </summary>
public sealed class DeckSizing
{
    /// <summary>A slide of the deck covers about the talk's length divided by this, within <see cref="MinSlideMinutes"/> to <see cref="MaxSlideMinutes"/>.</summary>
    private const double SlidesPerTalk = 12;
    private const double MinSlideMinutes = 0.8;
    private const double MaxSlideMinutes = 3;
    /// <summary>A point up to this many slide lengths is one slide, its sub-points bullets.</summary>
    private const double FoldLength = 2;
    /// <summary>Sub-points this short on average (in slide lengths) are bullets whatever the point's length: a phrase or a sentence each.</summary>
    private const double ShortSubPoint = 0.3;
    /// <summary>A text longer than this many slide lengths is spread over several slides at paragraph breaks.</summary>
    private const double SplitLength = 2.5;
    /// <summary>A long text is spread over slides of about this many slide lengths each.</summary>
    private const double PartLength = 1.25;
    /// <summary>
    /// Minutes a continued slide covers at least, in a short talk too: a presenter keeps a three-minute point on one
    /// slide in a ten-minute talk rather than show three slides of it in a row.
    /// </summary>
    private const double ShortestSplitSlide = 1.2;
    /// <summary>An inline run's items are this short (minutes): a clause or a sentence each.</summary>
    private const double InlineItemMinutes = 0.5;

    public DeckRequest Request { get; }
    public double TotalMinutes { get; }
    /// <summary>The speaking time one slide covers in this deck.</summary>
    public double SlideMinutes { get; }
    public List<PointSizing> Sections { get; } = [];
    /// <summary>Slides the opening is spread over when it is long (0: it stays in the title slide's notes).</summary>
    public int OpeningParts { get; private set; }
    /// <summary>What was done to meet --minutes or --slides, for the user.</summary>
    public List<string> Changes { get; } = [];

    private readonly Outline _outline;
    private readonly Dictionary<OutlineNode, PointSizing> _byNode = new(ReferenceEqualityComparer.Instance);

    public DeckSizing(Outline outline, DeckRequest request)
    {
        _outline = outline;
        Request = request;
        TotalMinutes = OutlineTiming.Total(outline, request.Rate);
        SlideMinutes = Math.Clamp(TotalMinutes / SlidesPerTalk, MinSlideMinutes, MaxSlideMinutes);
        foreach (var section in outline.Sections) Sections.Add(Build(section, 1));
        foreach (var section in Sections) Decide(section);
        MergeInlineRuns(Sections);
        var opening = request.Rate.Minutes(outline.Opening);
        OpeningParts = opening > SplitLength * SlideMinutes && outline.Sections.Count > 0 ? PartsFor(opening, outline.Opening) : 0;
        if (request.TargetSlides is { } target) FitTo(target);
        else Densify();
    }

    public PointSizing? For(OutlineNode node) => _byNode.GetValueOrDefault(node);

    private PointSizing Build(OutlineNode node, int level)
    {
        var minutes = Request.Rate.Minutes(node.FullText);
        var sizing = new PointSizing { Node = node, Level = level, Minutes = minutes, OwnMinutes = Request.Rate.Minutes(OwnText(node)) };
        foreach (var child in node.Children) sizing.Children.Add(Build(child, level + 1));
        _byNode[node] = sizing;
        return sizing;
    }

    internal static string OwnText(OutlineNode node) => node.OwnText.Length > 0 ? node.OwnText : (node.Marker + node.Title + "\n" + node.Body).Trim();

    private void Decide(PointSizing point)
    {
        if (point.Children.Count == 0)
        {
            point.Folded = true;
            var text = OwnText(point.Node);
            // Paragraphs that open with a bold heading are points the author marked without numbers: a slide each, when the point is more than a slide long.
            var bold = BoldHeads(point.Node);
            if (bold.Count >= 2 && point.Minutes > SlideMinutes)
            {
                point.Breaks.AddRange(bold);
                point.Parts = bold.Count + (bold[0] > 1 ? 1 : 0);
            }
            else point.Parts = PartsFor(point.Minutes, text);
            return;
        }
        var depth = Request.SlideDepth;
        var meanChild = point.Children.Average(c => c.Minutes);
        point.Folded = depth > 0
            ? point.Level >= depth
            : point.Minutes <= FoldLength * SlideMinutes || meanChild <= ShortSubPoint * SlideMinutes;
        if (point.Folded)
        {
            point.Parts = PartsFor(point.Minutes, point.Node.FullText);
            return;
        }
        // An opened point has an overview slide when it has something to say before its sub-points; otherwise its heading
        // and any line of its own are said at its first sub-point's slide (a top-level point's at its section slide).
        point.Overview = depth > 0
            ? point.Level > 1 || point.Node.Body.Trim().Length > 0
            : point.OwnMinutes >= OverviewLength * SlideMinutes;
        if (!point.Overview && point.Level > 1)
            point.Children[0].Lead = JoinLines(point.Lead, OwnText(point.Node));
        foreach (var child in point.Children) Decide(child);
    }

    /// <summary>An opened point has an overview slide when its own text is this many slide lengths or more.</summary>
    private const double OverviewLength = 0.5;

    internal static string JoinLines(params string[] texts) => string.Join("\n", texts.Where(t => t.Length > 0));

    /// <summary>The paragraphs of a point's own text (after its first) that open with text the author set in bold.</summary>
    private static List<int> BoldHeads(OutlineNode node)
    {
        var heads = new List<int>();
        if (node.Emphasized.Count == 0) return heads;
        var paragraphs = OwnText(node).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i].TrimStart('—', '-', ' ');
            if (node.Emphasized.Any(e => e.Trim().Length >= 4 && paragraph.StartsWith(e.Trim(), StringComparison.Ordinal)))
                heads.Add(i);
        }
        return heads;
    }

    /// <summary>Slides for a text of these minutes: one, or a slide length each when it is long and has paragraphs to break at.</summary>
    /// <summary>A deck needs a content slide for every this many minutes of speech (fewer is warned of).</summary>
    public const double MaxMinutesPerContentSlide = 3;

    /// <summary>
    /// A deck with fewer content slides than one per <see cref="MaxMinutesPerContentSlide"/> minutes leaves too much to say on
    /// each: the slides that say the most are spread over more, at paragraph breaks, until it has enough.
    /// </summary>
    private void Densify()
    {
        var wanted = (int)Math.Ceiling(TotalMinutes / MaxMinutesPerContentSlide);
        while (ContentSlides() < wanted)
        {
            var next = Shown()
                .Where(p => p.Folded && !p.Merged && p.Breaks.Count == 0 && p.Parts < Paragraphs(p.Node.FullText))
                .MaxBy(p => p.Minutes / p.Parts);
            if (next is null || next.Minutes / (next.Parts + 1) < MinSlideMinutes) break;
            next.Parts++;
        }
    }

    private static int Paragraphs(string text) => text.Split('\n').Count(p => p.Trim().Length > 0);

    private int ContentSlides() => OpeningParts + Sections.Sum(Count);

    private int PartsFor(double minutes, string text)
    {
        var slide = Math.Max(SlideMinutes, ShortestSplitSlide);
        if (minutes <= SplitLength * slide) return 1;
        var paragraphs = text.Count(c => c == '\n') + 1;
        return Math.Clamp((int)Math.Ceiling(minutes / (PartLength * slide)), 1, paragraphs);
    }

    /// <summary>
    /// Items counted off inside one paragraph (一是…二是… on one line) are bullets of the slide before them, never slides of
    /// their own: a run of two or more siblings on one line, short on average, joins the sibling before it.
    /// </summary>
    private void MergeInlineRuns(List<PointSizing> siblings)
    {
        var i = 0;
        while (i < siblings.Count)
        {
            var j = i + 1;
            while (j < siblings.Count && siblings[j].Node.Line == siblings[i].Node.Line && siblings[i].Node.Line > 0) j++;
            var run = siblings.GetRange(i, j - i);
            if (run.Count >= 2 && run.Average(p => p.Minutes) <= InlineItemMinutes && run.All(p => p.Folded))
            {
                var host = i > 0 && siblings[i - 1].Folded && !siblings[i - 1].Merged ? siblings[i - 1] : run[0];
                foreach (var item in run)
                {
                    if (item == host) continue;
                    item.Merged = true;
                    host.Inline.Add(item);
                }
            }
            i = j;
        }
        foreach (var point in siblings)
            if (!point.Folded) MergeInlineRuns(point.Children);
    }

    /// <summary>The slides the built-in plans make with this sizing (before the fitter continues overflowing bullets).</summary>
    public int EstimateSlides()
    {
        var slides = 2 + OpeningParts; // title and closing
        if (Sections.Count > 1) slides += Sections.Count > AgendaPerSlide ? 2 : 1;
        var inParts = Sections.Any(s => !s.Folded);
        foreach (var section in Sections)
            slides += Count(section) + (inParts && !section.Folded && !section.Merged ? 1 : 0);
        return slides;
    }

    /// <summary>An agenda of more sections is set over two slides.</summary>
    public const int AgendaPerSlide = 8;

    private static int Count(PointSizing point)
    {
        if (point.Merged) return 0;
        if (point.Folded) return point.Parts;
        return (point.Overview ? 1 : 0) + point.Children.Sum(Count);
    }

    /// <summary>
    /// Brings the deck to about <paramref name="target"/> slides: long texts on one slide first, then deeper levels folded into
    /// bullets (the least said first), then short neighbouring sections merged. Notes keep all the text whatever is folded.
    /// </summary>
    private void FitTo(int target)
    {
        var start = EstimateSlides();
        if (start < target)
        {
            GrowTo(target);
            return;
        }
        if (start == target) return;
        var unsplit = 0;
        foreach (var point in Shown().Where(p => p.Folded && p.Parts > 1).OrderByDescending(p => p.Parts).ToList())
        {
            if (EstimateSlides() <= target) break;
            point.Parts = 1;
            point.Breaks.Clear();
            unsplit++;
        }
        if (EstimateSlides() > target && OpeningParts > 0)
        {
            OpeningParts = 0;
            Changes.Add("the opening stays in the title slide's notes");
        }
        if (unsplit > 0) Changes.Add($"{unsplit} long point{(unsplit == 1 ? "" : "s")} kept on one slide");

        // Deepest first, the least said first; a fold that would leave the deck further below the size than it is above stays undone.
        var folded = new List<PointSizing>();
        while (EstimateSlides() is var before && before > target)
        {
            var open = Shown().Where(p => !p.Folded && !p.Merged).ToList();
            if (open.Count == 0) break;
            var deepest = open.Max(p => p.Level);
            var next = open.Where(p => p.Level == deepest).MinBy(p => p.Minutes)!;
            next.Folded = true;
            var after = EstimateSlides();
            if (after < target && target - after > before - target)
            {
                next.Folded = false;
                break;
            }
            folded.Add(next);
        }
        var shownFolds = Shown().Where(folded.Contains).ToList();
        if (shownFolds.Count > 0)
        {
            var levels = shownFolds.Select(p => p.Level).Distinct().Order().ToList();
            Changes.Add($"the sub-points of {shownFolds.Count} point{(shownFolds.Count == 1 ? "" : "s")} (level {string.Join(", ", levels)}) shown as bullets");
        }

        var merged = 0;
        while (EstimateSlides() > target)
        {
            var shown = Sections.Where(s => !s.Merged).ToList();
            if (shown.Count <= 2 || shown.Any(s => !s.Folded)) break;
            var best = Enumerable.Range(0, shown.Count - 1)
                .MinBy(i => Weight(shown[i]) + Weight(shown[i + 1]));
            var host = shown[best];
            var guest = shown[best + 1];
            guest.Merged = true;
            host.Guests.Add(guest);
            host.Guests.AddRange(guest.Guests);
            guest.Guests.Clear();
            merged++;
        }
        if (merged > 0) Changes.Add($"{merged} short section{(merged == 1 ? "" : "s")} merged with the one before");
    }

    /// <summary>
    /// A larger deck than the outline gives on its own: folded points opened (the one that says most first), then the slides
    /// that say most spread over more at paragraph breaks; a step that would overshoot further than it helps is not taken.
    /// </summary>
    private void GrowTo(int target)
    {
        var opened = 0;
        while (EstimateSlides() is var before && before < target)
        {
            var next = Shown().Where(p => p.Folded && !p.Merged && p.Children.Count > 0).MaxBy(p => p.Minutes);
            if (next is null) break;
            next.Folded = false;
            next.Overview = next.Level > 1 || next.OwnMinutes >= OverviewLength * SlideMinutes;
            foreach (var child in next.Children)
            {
                child.Folded = true;
                child.Parts = 1;
            }
            MergeInlineRuns(next.Children);
            if (EstimateSlides() - target > target - before)
            {
                next.Folded = true;
                break;
            }
            opened++;
        }
        var split = 0;
        while (EstimateSlides() < target)
        {
            var next = Shown().Where(p => p.Folded && !p.Merged && p.Breaks.Count == 0 && p.Parts < Paragraphs(p.Node.FullText)).MaxBy(p => p.Minutes / p.Parts);
            if (next is null) break;
            next.Parts++;
            split++;
        }
        if (opened > 0) Changes.Add($"{opened} point{(opened == 1 ? "" : "s")} opened into slides of their sub-points");
        if (split > 0) Changes.Add($"long points spread over {split} more slide{(split == 1 ? "" : "s")}");
        if (EstimateSlides() < target) Changes.Add("the text has no more points or paragraphs to give slides of their own");
    }

    /// <summary>The points that get slides or are bullets of one: not those inside a folded point.</summary>
    private IEnumerable<PointSizing> Shown()
    {
        var stack = new Stack<PointSizing>(Enumerable.Reverse(Sections));
        while (stack.Count > 0)
        {
            var point = stack.Pop();
            yield return point;
            if (point.Folded) continue;
            for (var i = point.Children.Count - 1; i >= 0; i--) stack.Push(point.Children[i]);
        }
    }

    private static double Weight(PointSizing section) => section.Minutes + section.Guests.Sum(g => g.Minutes);

    /// <summary>The slides of a point shown on its own: its heading, its sub-points (or key phrases) as bullets, its whole text as notes.</summary>
    public List<SlidePart> PartsOf(PointSizing point, bool chinese)
    {
        var node = point.Node;
        var title = point.Guests.Count == 0
            ? node.Title
            : string.Join(chinese ? "；" : "; ", new[] { node.Title }.Concat(point.Guests.Select(g => g.Node.Title)).Where(h => h.Length > 0));
        var shown = new[] { point }.Concat(point.Inline).Concat(point.Guests.SelectMany(g => new[] { g }.Concat(g.Inline))).ToList();
        var tail = string.Join("\n", shown.Skip(1).Select(p => JoinLines(p.Lead, p.Node.FullText)).Where(t => t.Length > 0));

        var bullets = new List<PartBullet>();
        foreach (var shownPoint in shown)
        {
            // A merged sibling is named by its heading; the host's own sub-points or key phrases follow their heading.
            if (shownPoint != point)
            {
                bullets.Add(new PartBullet(shownPoint.Node.Title, 0));
                continue;
            }
            var headings = node.Children.Select(c => c.Title).Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
            bullets.AddRange((headings.Count > 0 ? headings : node.Bullets).Select(b => new PartBullet(b, 0)));
        }
        bullets.RemoveAll(b => string.IsNullOrWhiteSpace(b.Text));

        if (point.Parts <= 1)
        {
            var notes = JoinLines(point.Lead, node.FullText, tail);
            return [new SlidePart(title, bullets, notes, Request.Rate.Minutes(notes))];
        }
        return Split(title, bullets, node.FullText, point.Parts, chinese, point.Breaks, node, point.Lead, tail);
    }

    /// <summary>The opening's slides when it is long: its paragraphs spread over <see cref="OpeningParts"/> slides.</summary>
    public List<SlidePart> OpeningSlides(string title, IReadOnlyList<string> bullets, bool chinese) =>
        OpeningParts == 0 ? [] : Split(title, bullets.Select(b => new PartBullet(b, 0)).ToList(), _outline.Opening, OpeningParts, chinese, [], null, "", "");

    /// <summary>
    /// A text spread over <paramref name="parts"/> slides at paragraph breaks (at <paramref name="breaks"/>, the paragraphs with
    /// a bold heading, when given; else in about equal shares), each with the bullets its paragraphs hold.
    /// </summary>
    private List<SlidePart> Split(string title, IReadOnlyList<PartBullet> bullets, string text, int parts, bool chinese,
        List<int> breaks, OutlineNode? node, string lead, string tail)
    {
        var paragraphs = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var total = paragraphs.Sum(p => Request.Rate.Minutes(p));
        var groups = new List<List<string>> { new() };
        var done = 0.0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            // A new slide starts at a bold heading, or where the text so far has passed its share of the slides made so far.
            var starts = breaks.Count > 0
                ? breaks.Contains(i) && groups[^1].Count > 0 && (groups.Count > 1 || Request.Rate.Minutes(string.Join("\n", groups[0])) >= 0.3)
                : groups[^1].Count > 0 && groups.Count < parts && done >= total * groups.Count / parts;
            if (starts) groups.Add([]);
            groups[^1].Add(paragraph);
            done += Request.Rate.Minutes(paragraph);
        }
        var result = new List<SlidePart>();
        var unplaced = bullets.ToList();
        for (var index = 0; index < groups.Count; index++)
        {
            var groupText = string.Join("\n", groups[index]);
            var own = unplaced.Where(b => Holds(groupText, b.Text)).ToList();
            unplaced.RemoveAll(own.Contains);
            var head = index > 0 && node is not null ? BoldHead(node, groups[index][0]) : null;
            // A part whose paragraphs hold none of the point's key phrases shows key phrases of its own.
            if (own.Count == 0) own.AddRange(PhrasesOf(groups[index], head, node, chinese));
            var partTitle = index == 0 ? title : head?.TrimEnd('。', '.', '；', '：') ?? title + (chinese ? "（续）" : " (cont.)");
            if (index == 0) groupText = JoinLines(lead, groupText);
            if (index == groups.Count - 1) groupText = JoinLines(groupText, tail);
            result.Add(new SlidePart(partTitle, own, groupText, Request.Rate.Minutes(groupText)));
        }
        // Bullets the text does not hold word for word stay on the first slide.
        if (unplaced.Count > 0)
            result[0] = result[0] with { Bullets = result[0].Bullets.Concat(unplaced).ToList() };
        return result;
    }

    /// <summary>Key phrases of some paragraphs, without the point's heading line or a bold heading that is the slide's title.</summary>
    private static IEnumerable<PartBullet> PhrasesOf(List<string> paragraphs, string? head, OutlineNode? node, bool chinese)
    {
        var headingLine = node is null ? null : (node.Marker + node.Title).Trim();
        var body = string.Join("\n", paragraphs
            .Where(p => headingLine is null || p != headingLine && !(p.StartsWith(headingLine, StringComparison.Ordinal) && p.Length <= headingLine.Length + 1))
            .Select(p => head is not null && p.TrimStart('—', '-', ' ').StartsWith(head, StringComparison.Ordinal) ? p.TrimStart('—', '-', ' ')[head.Length..] : p));
        var phrases = chinese ? KeyPhrases.ChineseKeyPhrases.Extract(body, 4) : KeyPhrases.EnglishKeyPhrases.Extract(head ?? "", body, 4);
        if (phrases.Count > 0) return phrases.Select(p => new PartBullet(p, 0));
        return paragraphs.Take(3).Select(p => new PartBullet(FirstSentence(p), 0));
    }

    private static string? BoldHead(OutlineNode node, string paragraph)
    {
        var start = paragraph.TrimStart('—', '-', ' ');
        return node.Emphasized.Select(e => e.Trim()).Where(e => e.Length >= 4 && start.StartsWith(e, StringComparison.Ordinal)).MaxBy(e => e.Length);
    }

    private static bool Holds(string text, string bullet)
    {
        var probe = bullet.Length > 8 ? bullet[..8] : bullet;
        return probe.Length > 0 && text.Contains(probe, StringComparison.Ordinal);
    }

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOfAny(['。', '！', '？', '；', '.', '!', '?']);
        var sentence = end > 0 ? paragraph[..(end + 1)] : paragraph;
        return sentence.Length > 60 ? sentence[..60] + "…" : sentence;
    }
}
