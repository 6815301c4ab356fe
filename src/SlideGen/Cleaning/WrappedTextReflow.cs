namespace SlideGen.Cleaning;

/// <summary>
/// Text copied out of a PDF often arrives as one long line whose spaces are where the page's lines ended.
/// This rebuilds the paragraphs: a page line that ends early ends its paragraph, and a marker-led line
/// without a full stop that ends early is a heading of its own.
/// </summary>
public static class WrappedTextReflow
{
    public sealed record Paragraph(string Text, int Column);

    /// <summary>Han characters on a line of a printed page, at most (an A4 page in a small font holds about 45).</summary>
    private const double MaxPageLineWidth = 70;

    /// <summary>True when a line looks like wrapped page lines joined by spaces rather than a paragraph.</summary>
    public static bool IsWrappedBlob(string line)
    {
        if (line.Length < 120) return false;
        var segments = Segments(line);
        if (segments.Count < 4) return false;
        var hanSegments = segments.Count(s => Scripts.HanRatio(s.Text) > 0.7);
        if (hanSegments < segments.Count * 0.7) return false;
        // A page's lines are short and most of them full; a paragraph with a few spaces in it (after bold text, between
        // a name and a title) has pieces of any length.
        var widths = segments.Select(s => Scripts.Width(s.Text)).OrderBy(w => w).ToList();
        var fullWidth = widths[(int)Math.Floor((widths.Count - 1) * 0.8)];
        return fullWidth <= MaxPageLineWidth && widths.Count(w => w >= fullWidth * 0.75) >= widths.Count / 2;
    }

    public static List<Paragraph> Reflow(string line, Func<string, bool> startsWithHeadingMarker)
    {
        var segments = Segments(line);
        var widths = segments.Select(s => Scripts.Width(s.Text)).OrderBy(w => w).ToList();
        // The page's line width: most page lines are full, so a high percentile estimates it robustly.
        var fullWidth = widths[(int)Math.Floor((widths.Count - 1) * 0.8)];
        var paragraphs = new List<Paragraph>();
        var current = new List<string>();
        var column = segments[0].Column;
        void Flush(int nextColumn)
        {
            if (current.Count > 0)
                paragraphs.Add(new Paragraph(Punctuation.JoinWrappedChinese(string.Join(' ', current)), column));
            current.Clear();
            column = nextColumn;
        }
        for (var i = 0; i < segments.Count; i++)
        {
            var (text, segmentColumn) = segments[i];
            if (current.Count == 0) column = segmentColumn;
            current.Add(text);
            var width = Scripts.Width(text);
            var last = text[^1];
            var endsSentence = Scripts.IsSentenceEnd(last) || last is '：' or ':' || text.EndsWith("。”", StringComparison.Ordinal);
            var endsEarly = width < fullWidth - 1.5;
            var isHeadingLine = current.Count == 1 && startsWithHeadingMarker(text) && !text.Any(Scripts.IsSentenceEnd);
            if ((endsSentence && endsEarly) || width < fullWidth * 0.6 || (isHeadingLine && endsEarly))
                Flush(i + 1 < segments.Count ? segments[i + 1].Column : 0);
        }
        Flush(0);
        return paragraphs;
    }

    private static List<(string Text, int Column)> Segments(string line)
    {
        var segments = new List<(string, int)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\u3000') i++;
            var start = i;
            while (i < line.Length && line[i] is not ' ' and not '\u3000') i++;
            if (i > start) segments.Add((line[start..i], start + 1));
        }
        return segments;
    }
}
