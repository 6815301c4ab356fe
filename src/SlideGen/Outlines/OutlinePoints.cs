using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>
/// What an outline file leaves out because it follows from what the file shows: a point's body (its text after the
/// heading) from its notes text, and its marker style from its marker. A file states them only where they do not follow.
/// </summary>
internal static class OutlinePoints
{
    private static readonly char[] SentenceGlue = ['。', '！', '？', '；', '”', '，', '：', '.', '!', '?', ';', ',', ':', ' ', '\u3000', '\t'];

    /// <summary>
    /// The body a point with this marker, title and notes text has: the rest of the heading's paragraph after the title,
    /// then the paragraphs after it.
    /// </summary>
    public static string DeriveBody(string marker, string title, string ownText)
    {
        if (ownText.Length == 0) return "";
        var paragraphs = ownText.Split('\n');
        var first = paragraphs[0].Trim();
        var rest = "";
        var markerText = marker.Trim();
        if (markerText.Length > 0 && first.StartsWith(markerText, StringComparison.Ordinal)) first = first[markerText.Length..].TrimStart();
        if (title.Length > 0 && first.StartsWith(title, StringComparison.Ordinal)) rest = first[title.Length..].TrimStart(SentenceGlue).Trim();
        return string.Join("\n", new[] { rest }.Concat(paragraphs.Skip(1).Select(p => p.Trim())).Where(p => p.Length > 0));
    }

    /// <summary>
    /// The heading a file states beside the title a slide shows (a long sentence titled by its first clause), used while
    /// the title is still the start of it; after the title is edited, the heading is the title.
    /// </summary>
    public static string HeadingFor(string title, string? statedHeading) =>
        statedHeading is not null && statedHeading.StartsWith(title, StringComparison.Ordinal) ? statedHeading : title;

    /// <summary>The style a marker has when it opens a paragraph ("一、" is chinese-dun), or "heading" for a point without one.</summary>
    public static string DefaultStyle(string marker, string heading)
    {
        if (marker.Trim().Length == 0) return "heading";
        var match = MarkerRecognizer.Match(marker + heading) ?? MarkerRecognizer.Match(marker + " " + heading);
        if (match is null) return "marker";
        var at = match.Style.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? match.Style : match.Style[..at];
    }
}
