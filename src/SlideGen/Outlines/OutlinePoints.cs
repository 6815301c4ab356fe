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
    /// The body a point with this marker, heading and notes text has: the rest of the heading's paragraph after the heading
    /// sentence, then the paragraphs after it.
    /// </summary>
    public static string DeriveBody(string marker, string heading, string ownText)
    {
        if (ownText.Length == 0) return "";
        var paragraphs = ownText.Split('\n');
        var first = paragraphs[0].Trim();
        var rest = "";
        var markerText = marker.Trim();
        if (markerText.Length > 0 && first.StartsWith(markerText, StringComparison.Ordinal)) first = first[markerText.Length..].TrimStart();
        if (heading.Length > 0 && first.StartsWith(heading, StringComparison.Ordinal)) rest = first[heading.Length..].TrimStart(SentenceGlue).Trim();
        return string.Join("\n", new[] { rest }.Concat(paragraphs.Skip(1).Select(p => p.Trim())).Where(p => p.Length > 0));
    }

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
