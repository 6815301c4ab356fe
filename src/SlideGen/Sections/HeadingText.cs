using SlideGen.Cleaning;

namespace SlideGen.Sections;

/// <summary>
/// Where a point's heading ends: a heading line stands alone and is a heading whole, commas and all; a run-in heading
/// (marker, heading sentence, then the body in the same paragraph) ends at its first full stop. A heading that is a long
/// sentence is titled on its slide by its first clause (<see cref="HeadingSplit.Title"/>); the heading stays whole.
/// </summary>
/// <param name="Heading">The heading as written: the whole line, or the run-in sentence.</param>
/// <param name="Title">What a slide shows: the heading, or its first clause when the heading is a long sentence.</param>
/// <param name="Remainder">The paragraph's text after the title.</param>
public readonly record struct HeadingSplit(string Heading, string Title, string Remainder)
{
    public static HeadingSplit Whole(string heading, string remainder) => new(heading, heading, remainder);
}

public static class HeadingText
{
    /// <summary>Han characters past which a heading line is a paragraph whose first clause is the heading.</summary>
    private const double LongestChineseHeadingLine = 80;

    /// <summary>Han characters past which a run-in first sentence is a paragraph that only opens with its heading clause.</summary>
    private const double LongestChineseRunInHeading = 60;

    public static HeadingSplit Split(string text, MarkerShape shape)
    {
        text = text.Trim();
        var chinese = Scripts.IsChinese(text);
        var end = SentenceEnd(text, chinese);
        if (end < 0)
        {
            // No full stop: a heading line, or one run-on sentence whose first clause is the heading.
            if (shape == MarkerShape.Heading && Scripts.Width(text) <= 60 || !chinese && text.Length <= 120) return HeadingSplit.Whole(text, "");
            end = text.Length - 1;
        }
        var sentence = text[..(end + 1)];
        var rest = text[(end + 1)..].Trim();
        var longest = rest.Length == 0 ? LongestChineseHeadingLine : LongestChineseRunInHeading;
        // "一是A，B。" and nothing more is a sentence, not a heading line: A is the heading and B the point's text, so the
        // slide has something to show. A heading line ("一是A，B" with no full stop) is a heading whole.
        var onlySentence = rest.Length == 0 && shape == MarkerShape.Inline && end == text.Length - 1 && Scripts.IsSentenceEnd(text[^1]);
        var heading = TrimEndPunctuation(sentence);
        if (chinese && (Scripts.Width(sentence) > longest || onlySentence))
        {
            var clause = ClauseEnd(sentence);
            if (clause > 0)
                return new HeadingSplit(heading, TrimEndPunctuation(sentence[..clause]), (sentence[(clause + 1)..] + rest).Trim());
        }
        return HeadingSplit.Whole(heading, rest);
    }

    private static int SentenceEnd(string text, bool chinese)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '；') return i + 1 < text.Length && text[i + 1] == '”' ? i + 1 : i;
            if (!chinese && c is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ') && !IsAbbreviation(text, i)) return i;
        }
        return -1;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, dot - 1)) + 1;
        var word = text[start..dot];
        return word.Length <= 1 || word is "e.g" or "i.e" or "vs" or "etc" or "Mr" or "Ms" or "Dr" or "No" or "Fig" or "cf";
    }

    /// <summary>The first clause boundary that leaves a heading of at least six characters.</summary>
    private static int ClauseEnd(string sentence)
    {
        for (var i = 6; i < sentence.Length - 1; i++)
            if (sentence[i] is '，' or '：' or '；') return i;
        return -1;
    }

    public static string TrimEndPunctuation(string text) => text.TrimEnd('。', '；', '，', '：', '.', ';', ',', ':', ' ');
}
