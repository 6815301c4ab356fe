using System.Text.RegularExpressions;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Cleaning;

/// <summary>
/// Reads what the layout of a plain-text file says: page headers and footers that repeat on every page,
/// a table of contents with dot leaders, headings underlined with === or ---, headings set flush left
/// while the body is indented (as RFCs are), and a centred title. Headings found this way are declared
/// with their level, so that section detection treats them like Markdown or Word headings.
/// </summary>
public static partial class PlainTextLayout
{
    [GeneratedRegex(@"(?:\.\s?){4,}\s*\d+\s*$")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^\s*(?:[=\-_*#~<>]\s*){5,}.*$|^\s*<?=+.*=+>?\s*$")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^\s*(?:https?://\S+|Original content is available at:?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScrapeWrapper();

    [GeneratedRegex(@"^\s*(=+|-+)\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"\S\s{6,}\S")]
    private static partial Regex TwoColumns();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^Appendix\s+[A-Z]\b")]
    private static partial Regex AppendixHeading();

    /// <summary>A grammar rule or an assignment set flush left ("coffee-url = coffee-scheme ":""): text, not a heading.</summary>
    private static bool LooksLikeCode(string text) => text.Contains(" = ", StringComparison.Ordinal);

    public static List<SourceBlock> Apply(List<SourceBlock> lines, SourceDocument document)
    {
        var kept = RemovePageFurniture(lines);
        kept = MarkUnderlinedHeadings(kept);
        kept = MarkFlushLeftHeadings(kept, document);
        return MarkStandaloneHeadings(kept);
    }

    /// <summary>
    /// English reports often set unnumbered headings ("Executive Summary", "Background") on a line of their own
    /// between blank lines, in title case, each followed by a paragraph. Three or more such lines make it the
    /// document's convention; numbered heading lines ("2. Methods") then get their level from their number.
    /// </summary>
    private static List<SourceBlock> MarkStandaloneHeadings(List<SourceBlock> lines)
    {
        if (lines.Any(l => l.Kind == BlockKind.Heading)) return lines;
        var text = string.Concat(lines.Select(l => l.Text));
        if (Scripts.HanRatio(text) > 0.3) return lines;
        bool Blank(int i) => i < 0 || i >= lines.Count || lines[i].Text.Trim().Length == 0;
        int NextContent(int i) { while (i < lines.Count && lines[i].Text.Trim().Length == 0) i++; return i; }
        var standalone = new List<int>();
        var numbered = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text.Trim();
            if (line.Length < 3 || line.Length > 70 || !Blank(i - 1) || !Blank(i + 1)) continue;
            var next = NextContent(i + 1);
            if (next >= lines.Count || lines[next].Text.Trim().Length < 80) continue;
            if (line[^1] is '.' or '!' or '?' or ':' or ';' or ',' || !char.IsUpper(line[0]) && !char.IsDigit(line[0])) continue;
            if (SectionNumber().IsMatch(line)) { numbered.Add(i); continue; }
            if (IsTitleCase(line)) standalone.Add(i);
        }
        if (standalone.Count < 3) return lines;
        var result = new List<SourceBlock>(lines);
        foreach (var i in standalone) result[i] = Heading(lines[i], lines[i].Text.Trim(), 1);
        foreach (var i in numbered)
        {
            var number = SectionNumber().Match(lines[i].Text.Trim());
            result[i] = Heading(lines[i], lines[i].Text.Trim(), number.Groups["n"].Value.Split('.').Length);
        }
        return result;
    }

    private static bool IsTitleCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return false;
        if (line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper)) return true;
        var significant = words.Where(w => w.Length >= 4).ToList();
        return significant.Count > 0 && significant.Count(w => char.IsUpper(w[0])) >= significant.Count * 0.6;
    }

    // Counting and looking up must see the same text, or a form feed inside a line makes a shape that was never counted.
    private static string WithoutFormFeeds(string line) => line.Replace("\f", "", StringComparison.Ordinal);

    private static string Shape(string line) => Spaces().Replace(Digits().Replace(line.Trim(), "#"), " ");

    /// <summary>Page headers/footers (a line repeated on three or more pages), form feeds, TOC entries, scrape wrappers.</summary>
    private static List<SourceBlock> RemovePageFurniture(List<SourceBlock> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var shape = Shape(WithoutFormFeeds(line.Text));
            if (shape.Length > 0) counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }
        var firstContent = lines.FindIndex(l => l.Text.Trim().Length > 0 && !ScrapeWrapper().IsMatch(l.Text) && !Decoration().IsMatch(l.Text));
        var kept = new List<SourceBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = WithoutFormFeeds(line.Text);
            var shape = Shape(text);
            var repeated = shape.Length > 0 && counts[shape] >= 3 && (TwoColumns().IsMatch(text) || shape.Contains("[Page #]", StringComparison.Ordinal));
            // An underline looks like a decorative rule but marks the heading above it; MarkUnderlinedHeadings needs it.
            var underline = i > 0 && IsUnderlineOf(lines[i - 1].Text, text);
            var furniture = repeated || DotLeader().IsMatch(text) || Decoration().IsMatch(text) && !underline || (i < firstContent && ScrapeWrapper().IsMatch(text));
            kept.Add(furniture ? new SourceBlock { Text = "", Line = line.Line } : new SourceBlock { Text = text, Line = line.Line, Kind = line.Kind });
        }
        return kept;
    }

    private static List<SourceBlock> MarkUnderlinedHeadings(List<SourceBlock> lines)
    {
        var result = new List<SourceBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (i + 1 < lines.Count && IsUnderlineOf(text, lines[i + 1].Text))
            {
                result.Add(Heading(lines[i], text, lines[i + 1].Text.Trim()[0] == '=' ? 1 : 2));
                result.Add(new SourceBlock { Text = "", Line = lines[i + 1].Line });
                i++;
                continue;
            }
            result.Add(lines[i]);
        }
        return result;
    }

    private static bool IsUnderlineOf(string heading, string line) =>
        heading.Trim().Length > 0 && Underline().Match(line) is { Success: true } underline
        && underline.Groups[1].Value.Length >= Math.Max(3, heading.Trim().Length / 2);

    /// <summary>When the body is indented, lines set flush left after a blank line are headings; a centred line before the first is the title.</summary>
    private static List<SourceBlock> MarkFlushLeftHeadings(List<SourceBlock> lines, SourceDocument document)
    {
        var nonBlank = lines.Where(l => l.Text.Trim().Length > 0 && l.Kind != BlockKind.Heading).ToList();
        if (nonBlank.Count < 20) return lines;
        var indented = nonBlank.Count(l => Indent(l.Text) >= 2);
        if (indented < nonBlank.Count * 0.6) return lines;

        var result = new List<SourceBlock>();
        var seenHeading = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.TrimEnd();
            var previousBlank = i == 0 || lines[i - 1].Text.Trim().Length == 0;
            if (line.Kind == BlockKind.Heading) { result.Add(line); seenHeading = true; continue; }
            if (text.Length == 0) { result.Add(line); continue; }
            var indent = Indent(text);
            if (!seenHeading && indent >= 10 && previousBlank && text.Trim().Length <= 80 && document.Title is null && !TwoColumns().IsMatch(text.Trim()))
            {
                document.Title = text.Trim();
                result.Add(new SourceBlock { Text = "", Line = line.Line });
                continue;
            }
            if (indent == 0 && TwoColumns().IsMatch(text) && !seenHeading)
            {
                // The two-column header block of a standard (organisation | authors | date) is not body text.
                result.Add(new SourceBlock { Text = "", Line = line.Line });
                continue;
            }
            if (indent == 0 && previousBlank && text.Length <= 80 && !text.EndsWith('.') && char.IsLetterOrDigit(text[0]) && !LooksLikeCode(text))
            {
                var number = SectionNumber().Match(text);
                var level = number.Success ? number.Groups["n"].Value.Split('.').Length : 1;
                if (AppendixHeading().IsMatch(text)) level = 1;
                result.Add(Heading(line, text, level));
                seenHeading = true;
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    private static SourceBlock Heading(SourceBlock line, string text, int level) =>
        new() { Text = text.Trim(), Line = line.Line, Kind = BlockKind.Heading, HeadingLevel = level };

    private static int Indent(string text) => text.Length - text.TrimStart(' ').Length;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
