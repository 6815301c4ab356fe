namespace SlideGen.Cleaning;

/// <summary>Character classes that Chinese text processing keeps asking about.</summary>
public static class Scripts
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Full-width punctuation and brackets used in Chinese text (，。、；：？！“”‘’（）《》【】…—).</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2026' or '\u2014' or '\u00B7' or '\uFF5E';

    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c) || c is >= '\u2460' and <= '\u2473';

    /// <summary>Spaces a pasted or converted text puts between words: ASCII, ideographic, no-break, tab.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';

    /// <summary>True when Han characters carry at least half of the text: Chinese rules apply to it.</summary>
    public static bool IsChinese(string text) => HanRatio(text) >= 0.5;

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?';

    /// <summary>Display width in ems: Han and full-width forms take one, Latin letters and digits about half.</summary>
    public static double Width(char c) => IsCjk(c) || c is >= '\uFF00' and <= '\uFFEF' ? 1.0 : 0.5;

    public static double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        foreach (var c in text) width += Width(c);
        return width;
    }

    /// <summary>Share of Han characters among letters: 1 for Chinese text, 0 for English.</summary>
    public static double HanRatio(string text)
    {
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (IsHan(c)) { han++; letters++; }
            else if (char.IsLetter(c)) letters++;
        }
        // A Han character carries about as much as a Latin word of five letters.
        return letters == 0 ? 0 : han * 5.0 / (han * 5.0 + (letters - han));
    }

    public static string DetectLanguage(string text)
    {
        var ratio = HanRatio(text);
        return ratio >= 0.7 ? "zh" : ratio <= 0.3 ? "en" : "mixed";
    }
}
