using SlideGen.Sections;

namespace SlideGen.KeyPhrases;

/// <summary>Fills every point's bullets with its key phrases, by the method of the document's language.</summary>
public static class KeyPhraseExtractor
{
    public const int MaxBullets = 6;

    public static void Fill(Outline outline)
    {
        foreach (var node in SectionDetector.Flatten(outline.Sections))
        {
            node.Bullets.Clear();
            node.Bullets.AddRange(BulletsFor(node, outline.Language));
        }
    }

    private static IEnumerable<string> BulletsFor(OutlineNode node, string language)
    {
        // A mixed document picks the method point by point: a Chinese report may quote an English passage, and the reverse.
        var chinese = language switch
        {
            "en" => false,
            "zh" => true,
            _ => Cleaning.Scripts.HanRatio(node.Heading + node.Body) >= 0.5,
        };
        if (node.Children.Count == 0)
            return chinese ? ChineseKeyPhrases.Extract(node.Body) : ExtractEnglish(node);
        // A section slide: its own message first, then the points under it.
        var own = node.Body.Length == 0 ? [] : chinese ? ChineseKeyPhrases.Extract(node.Body, 2) : ExtractEnglish(node).Take(2);
        var points = node.Children.Select(c => c.Heading).Where(h => h.Length > 0);
        var bullets = new List<string>();
        foreach (var bullet in own.Concat(points))
        {
            if (bullets.Count >= MaxBullets) break;
            var text = chinese && bullet.Length > ChineseKeyPhrases.MaxLength ? bullet[..ChineseKeyPhrases.MaxLength] : bullet;
            if (!bullets.Any(b => PhraseOverlap.IsNearDuplicate(b, text))) bullets.Add(text);
        }
        return bullets;
    }

    private static IEnumerable<string> ExtractEnglish(OutlineNode node) => EnglishKeyPhrases.Extract(node.Heading, node.Body);
}
