namespace SlideGen.Sections;

/// <summary>
/// A document with no numbering and no headings still deserves slides: for planning, each paragraph of its opening
/// becomes a point, its first sentence (or clause) the heading, and the user is warned that the structure was guessed.
/// The outline itself stays as detected (no points), so `slidegen outline` shows what the text really states.
/// </summary>
public static class ParagraphSections
{
    /// <summary>More paragraphs than this are grouped, consecutive ones together, so the deck stays presentable.</summary>
    public const int MaxSections = 100;

    /// <summary>The outline to plan from: <paramref name="outline"/> itself, or a copy with a point per paragraph (and a warning on the original).</summary>
    public static Outline ForPlanning(Outline outline)
    {
        if (outline.Sections.Count > 0) return outline;
        var paragraphs = outline.Opening.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // A speech saved as one line has no paragraph to start a slide at; its sentences are grouped into parts instead.
        var oneParagraph = paragraphs.Count == 1;
        if (oneParagraph) paragraphs = SentenceGroups(paragraphs[0]);
        if (paragraphs.Count < 2) return outline;

        var planned = new Outline
        {
            Title = outline.Title, Subtitle = outline.Subtitle, Speaker = outline.Speaker, Occasion = outline.Occasion,
            Date = outline.Date, Language = outline.Language, Salutation = outline.Salutation, Closing = outline.Closing,
            AnnouncedCount = outline.AnnouncedCount, SourcePath = outline.SourcePath,
        };
        var perSection = (paragraphs.Count + MaxSections - 1) / MaxSections;
        for (var start = 0; start < paragraphs.Count; start += perSection)
        {
            var group = paragraphs.Skip(start).Take(perSection).ToList();
            var (heading, title, remainder) = HeadingText.Split(group[0], MarkerShape.Inline);
            var node = new OutlineNode
            {
                Heading = heading,
                Title = title,
                Body = string.Join("\n", new[] { remainder }.Concat(group.Skip(1)).Where(t => t.Length > 0)),
                OwnText = string.Join("\n", group),
                Level = 1,
                Style = "paragraph",
            };
            planned.Sections.Add(node);
        }
        KeyPhrases.KeyPhraseExtractor.Fill(planned);
        var warning = $"{outline.SourcePath}: no numbered points or headings found; " + (oneParagraph
            ? "the text is one paragraph, so it was cut at sentence ends into parts of about two minutes, one slide each"
            : "made one slide per paragraph" + (perSection > 1 ? $" ({perSection} paragraphs a slide)" : ""));
        outline.Warnings.Add(warning);
        planned.Warnings.AddRange(outline.Warnings);
        return planned;
    }

    /// <summary>About two minutes of speech a part: 500 Chinese characters, or 1,800 characters of English.</summary>
    private static List<string> SentenceGroups(string text)
    {
        var target = Cleaning.Scripts.IsChinese(text) ? 500 : 1800;
        var groups = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ends = text[i] is '。' or '！' or '？' || text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ');
            if (!ends || i - start + 1 < target) continue;
            groups.Add(text[start..(i + 1)].Trim());
            start = i + 1;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            if (groups.Count > 0 && rest.Length < target / 3) groups[^1] += (Cleaning.Scripts.IsChinese(rest) ? "" : " ") + rest;
            else groups.Add(rest);
        }
        return groups;
    }
}
