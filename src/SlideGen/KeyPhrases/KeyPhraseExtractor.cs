using SlideGen.Sections;

namespace SlideGen.KeyPhrases;

/// <summary>Fills every point's bullets with its key phrases, by the method of the document's language.</summary>
public static class KeyPhraseExtractor
{
    public const int MaxBullets = 7;

    public static void Fill(Outline outline)
    {
        foreach (var node in SectionDetector.Flatten(outline.Sections))
        {
            node.Bullets.Clear();
            node.Bullets.AddRange(BulletsFor(node, outline.Language));
        }
    }

    private static List<string> BulletsFor(OutlineNode node, string language)
    {
        // A mixed document picks the method point by point: a Chinese report may quote an English passage, and the reverse.
        var chinese = language switch
        {
            "en" => false,
            "zh" => true,
            _ => Cleaning.Scripts.IsChinese(node.Title + node.Body),
        };
        if (node.Children.Count == 0)
        {
            var phrases = (chinese ? ChineseKeyPhrases.Extract(node.Body, heading: node.Title) : ExtractEnglish(node)).ToList();
            if (phrases.Count == 0 && !chinese && FirstSentenceWhole(node.Body) is { } sentence) phrases.Add(sentence);
            return phrases.Count >= 2 ? phrases : phrases.Concat(ShortLines(node.Body, chinese)).Distinct().Take(MaxBullets).ToList();
        }
        // A section slide: its own message first, then the points under it.
        var own = node.Body.Length == 0 ? [] : chinese ? ChineseKeyPhrases.Extract(node.Body, 2, node.Title) : ExtractEnglish(node).Take(2);
        var bullets = new List<string>();
        var children = node.Children.Where(c => c.Title.Length > 0).ToList();
        var under = children.Select(_ => new List<string>()).ToList();
        var pending = new List<string>();
        // The cap counts every bullet of the slide: its own, those already placed under sub-points and the pending one.
        void Add(string bullet, List<string> into)
        {
            var text = chinese ? FitChinese(bullet) : bullet;
            var all = bullets.Concat(under.SelectMany(u => u)).Concat(into == bullets ? [] : into).ToList();
            if (text is not null && all.Count < MaxBullets && !all.Any(b => PhraseOverlap.IsNearDuplicate(b, text))) into.Add(text);
        }
        foreach (var bullet in own) Add(bullet, bullets);
        for (var i = 0; i < children.Count; i++)
        {
            Add(chinese ? LabelWithItsPhrase(children[i]) : children[i].Title, pending);
            under[i].AddRange(pending);
            pending.Clear();
        }
        // Few sub-points leave room on the section's slide: their leading phrases, one from each in turn, tell what the
        // section holds beyond the sub-heads (the figures and measures a presenter names when opening it). Each stays
        // under its sub-head, so the slide reads in the document's order.
        var room = bullets.Count + under.Sum(u => u.Count) < MaxBullets;
        var subPhrases = children.Select(c => !room || SubtreeText(c) is not { Length: > 0 } text ? []
            : (chinese ? ChineseKeyPhrases.Extract(text, MaxBullets - 2, c.Title) : EnglishKeyPhrases.Extract(c.Title, text)).ToList()).ToList();
        for (var round = 0; bullets.Count + under.Sum(u => u.Count) < MaxBullets && subPhrases.Any(p => p.Count > round); round++)
        {
            for (var i = 0; i < children.Count; i++)
            {
                if (round >= subPhrases[i].Count) continue;
                var taken = under.SelectMany(u => u).ToList();
                var text = chinese ? FitChinese(subPhrases[i][round]) : subPhrases[i][round];
                if (text is null || bullets.Count + taken.Count >= MaxBullets || bullets.Concat(taken).Any(b => PhraseOverlap.IsNearDuplicate(b, text))) continue;
                under[i].Add(text);
            }
        }
        bullets.AddRange(under.SelectMany(u => u));
        return bullets;
    }

    /// <summary>
    /// What a sub-point says for its section's slide: its own text, or, when it is only a heading over points of its
    /// own (1. 政策倾斜 over (1) (2) (3)), their texts: the facts the section holds sit there. Their headings are left
    /// out; they head slides of their own.
    /// </summary>
    private static string SubtreeText(OutlineNode node) =>
        node.Body.Length > 0 || node.Children.Count == 0 ? node.Body
            : string.Join("\n", node.Children.Select(SubtreeText).Where(text => text.Length > 0));

    /// <summary>
    /// A sub-point whose heading is only a short label (优质化, 目标体系) says nothing on the section's slide by itself: its
    /// first key phrase completes it (均衡化：每所学校都有好老师), when both fit in one bullet.
    /// </summary>
    private static string LabelWithItsPhrase(OutlineNode child)
    {
        var label = child.Title.TrimEnd('。', '；', '：');
        if (label.Length > 6 || ChinesePredicates.HasPredicate(label) || child.Body.Length == 0) return child.Title;
        var phrases = ChineseKeyPhrases.Extract(child.Body, 1, child.Title);
        var phrase = phrases.Count > 0 ? phrases[0] : null;
        return phrase is not null && label.Length + 1 + phrase.Length <= ChineseKeyPhrases.MaxLength ? label + "：" + phrase : child.Title;
    }

    private static readonly string[] EnglishClauseBoundaries = [", ", " to avoid ", " in order to ", " so that ", " which ", " because ", " without "];

    /// <summary>
    /// One long sentence that no phrase could be cut from cleanly ("defines a problem detail as a way to carry…"):
    /// the sentence itself, or its part before a clause boundary, is better than an empty slide.
    /// </summary>
    private static string? FirstSentenceWhole(string body)
    {
        var end = body.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (end > 0 ? body[..end] : body).Split('\n')[0].Trim().TrimEnd('.');
        if (sentence.Split(' ').Length <= 25) return sentence.Length > 0 ? sentence : null;
        foreach (var boundary in EnglishClauseBoundaries)
        {
            var at = sentence.LastIndexOf(boundary, StringComparison.Ordinal);
            while (at > 0 && sentence[..at].Split(' ').Length > 20) at = sentence.LastIndexOf(boundary, at - 1, StringComparison.Ordinal);
            if (at > 0 && sentence[..at].Split(' ').Length >= 6 && !EnglishKeyPhrases.IsFragment(sentence[..at])) return sentence[..at];
        }
        return null;
    }

    /// <summary>A long heading shown as a bullet ends at a clause boundary, never in the middle of a phrase.</summary>
    private static string? FitChinese(string text)
    {
        if (text.Length <= ChineseKeyPhrases.MaxLength) return text;
        var cut = text.LastIndexOfAny(['，', '、', '；'], ChineseKeyPhrases.MaxLength);
        return cut >= 8 ? text[..cut] : null;
    }

    /// <summary>
    /// Text that is not prose (an address block, a list of names, a short table) has no phrases to extract;
    /// its own short lines, whole, are what a slide can show.
    /// </summary>
    private static IEnumerable<string> ShortLines(string body, bool chinese) =>
        body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => chinese ? line.Length <= ChineseKeyPhrases.MaxLength : line.Split(' ').Length <= 12 && !EnglishKeyPhrases.IsCode(line) && !line.EndsWith(':'))
            .Select(line => line.TrimEnd('。', '.', '；', ';'));

    private static IEnumerable<string> ExtractEnglish(OutlineNode node) => EnglishKeyPhrases.Extract(node.Title, node.Body);
}
