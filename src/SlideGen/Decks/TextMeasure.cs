using System.Text;

namespace SlideGen.Decks;

/// <summary>
/// Estimates how wide text renders and where it wraps, without the fonts: CJK characters are one em,
/// Latin letters about half an em. Estimates lean wide, because text that overflows is a bug and text
/// that leaves a little room is not.
/// </summary>
public static class TextMeasure
{
    /// <summary>Renderers wrap a little earlier than the nominal width (kerning, fallback fonts).</summary>
    private const double WidthSafety = 0.96;

    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x1100 and <= 0x11FF // Hangul Jamo
            or >= 0x2E80 and <= 0x2FDF // radicals
            or >= 0x3000 and <= 0x303F // CJK punctuation
            or >= 0x3040 and <= 0x30FF // kana
            or >= 0x3100 and <= 0x31FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xAC00 and <= 0xD7AF // Hangul
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60 // full-width forms
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFF;

    public static bool ContainsCjk(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (IsCjk(rune.Value))
                return true;
        return false;
    }

    /// <summary>Width of one character in ems.</summary>
    public static double EmWidth(Rune rune)
    {
        var c = rune.Value;
        if (IsCjk(c))
            return 1.0;
        // Curly quotes, dashes and ellipses render full width in Chinese text.
        if (c is 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2014 or 0x2026 or 0x00B7 or 0x2022)
            return 1.0;
        // Latin widths lean towards wide fallback fonts (DejaVu Sans stands in for Calibri where it is missing).
        if (c == ' ')
            return 0.32;
        if (c is >= '0' and <= '9')
            return 0.6;
        if (c is 'i' or 'j' or 'l' or 'f' or 't' or 'I')
            return 0.32;
        if (c == 'r')
            return 0.4;
        if (c is 'm' or 'w')
            return 0.85;
        if (c is 'M' or 'W')
            return 0.95;
        if (c is >= 'a' and <= 'z')
            return 0.58;
        if (c is >= 'A' and <= 'Z')
            return 0.7;
        if (c is '.' or ',' or ':' or ';' or '\'' or '!' or '|')
            return 0.3;
        if (c is '(' or ')' or '[' or ']' or '-' or '/' or '"')
            return 0.4;
        return c < 0x2000 ? 0.62 : 1.0;
    }

    public static double WidthPoints(string text, double fontSize) => Ems(text) * fontSize;

    /// <summary>
    /// Wraps <paramref name="text"/> into lines no wider than <paramref name="widthPoints"/>: CJK text breaks
    /// between any two characters, Latin text at spaces, and punctuation stays with its neighbour.
    /// </summary>
    public static List<string> Wrap(string text, double widthPoints, double fontSize)
    {
        var lines = new List<string>();
        var limit = widthPoints * WidthSafety;
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var token in Tokens(text))
        {
            var tokenWidth = WidthPoints(token, fontSize);
            var visibleWidth = WidthPoints(token.TrimEnd(' '), fontSize);
            if (line.Length > 0 && lineWidth + visibleWidth > limit)
            {
                lines.Add(line.ToString().TrimEnd(' '));
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length == 0 && visibleWidth > limit)
            {
                // A word wider than the line: renderers break it by characters, and so do we.
                foreach (var rune in token.EnumerateRunes())
                {
                    var runeWidth = EmWidth(rune) * fontSize;
                    if (line.Length > 0 && lineWidth + runeWidth > limit)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }
                    line.Append(rune.ToString());
                    lineWidth += runeWidth;
                }
                continue;
            }
            line.Append(token);
            lineWidth += tokenWidth;
        }
        if (line.Length > 0 || lines.Count == 0)
            lines.Add(line.ToString().TrimEnd(' '));
        return lines;
    }

    public static int LineCount(string text, double widthPoints, double fontSize)
    {
        var count = 0;
        foreach (var paragraph in text.Split('\n'))
            count += LineCountOfParagraph(paragraph, widthPoints, fontSize);
        return count;
    }

    /// <summary>
    /// <see cref="Wrap"/>'s line count without building the lines: the fitter asks for the same text at several sizes
    /// and widths, so its tokens are measured once (in ems) and each question is a pass of additions.
    /// </summary>
    private static int LineCountOfParagraph(string paragraph, double widthPoints, double fontSize)
    {
        var metrics = TokenMetricsOf(paragraph);
        var limit = widthPoints * WidthSafety;
        var lines = 0;
        var tokensOnLine = 0;
        var lineWidth = 0.0;
        foreach (var (ems, visibleEms) in metrics)
        {
            var tokenWidth = ems * fontSize;
            var visibleWidth = visibleEms * fontSize;
            if (tokensOnLine > 0 && lineWidth + visibleWidth > limit)
            {
                lines++;
                tokensOnLine = 0;
                lineWidth = 0;
            }
            // A word wider than the line is broken by characters; Wrap knows how.
            if (tokensOnLine == 0 && visibleWidth > limit)
                return Wrap(paragraph, widthPoints, fontSize).Count;
            tokensOnLine++;
            lineWidth += tokenWidth;
        }
        return tokensOnLine > 0 || lines == 0 ? lines + 1 : lines;
    }

    [ThreadStatic]
    private static Dictionary<string, (double Ems, double VisibleEms)[]>? tokenMetrics;

    /// <summary>Each token's width in ems, with and without its trailing spaces, summed as <see cref="WidthPoints"/> sums them.</summary>
    private static (double Ems, double VisibleEms)[] TokenMetricsOf(string paragraph)
    {
        var cache = tokenMetrics ??= new Dictionary<string, (double, double)[]>(StringComparer.Ordinal);
        if (cache.TryGetValue(paragraph, out var known))
            return known;
        if (cache.Count >= 4096)
            cache.Clear();
        var metrics = Tokens(paragraph).Select(token => (Ems(token), Ems(token.TrimEnd(' ')))).ToArray();
        cache[paragraph] = metrics;
        return metrics;
    }

    private static double Ems(string text)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
            ems += EmWidth(rune);
        return ems;
    }

    // No line may start with these (Chinese line-breaking rules, kinsoku).
    private const string ClosingPunctuation = "，。、；：？！）】」』》〉”’…—,.;:?!)]}%";
    // No line may end with these.
    private const string OpeningPunctuation = "（【「『《〈“‘([{";

    /// <summary>
    /// Splits text into unbreakable pieces: each CJK character, each Latin word with its trailing spaces;
    /// then closing punctuation joins the piece before it and opening punctuation the piece after it.
    /// </summary>
    private static List<string> Tokens(string text)
    {
        var atoms = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                if (word.Length > 0)
                {
                    atoms.Add(word.Append(' ').ToString());
                    word.Clear();
                }
                else if (atoms.Count > 0)
                    atoms[^1] += " ";
                continue;
            }
            var s = rune.ToString();
            if (IsCjk(rune.Value) || IsPunctuationIn(s, ClosingPunctuation) || IsPunctuationIn(s, OpeningPunctuation))
            {
                if (word.Length > 0)
                {
                    atoms.Add(word.ToString());
                    word.Clear();
                }
                atoms.Add(s);
                continue;
            }
            word.Append(s);
        }
        if (word.Length > 0)
            atoms.Add(word.ToString());

        var tokens = new List<string>();
        var pendingOpening = "";
        foreach (var atom in atoms)
        {
            if (IsPunctuationIn(atom, ClosingPunctuation) && tokens.Count > 0 && pendingOpening.Length == 0)
            {
                tokens[^1] += atom;
                continue;
            }
            if (IsPunctuationIn(atom.TrimEnd(' '), OpeningPunctuation))
            {
                pendingOpening += atom;
                continue;
            }
            tokens.Add(pendingOpening + atom);
            pendingOpening = "";
        }
        if (pendingOpening.Length > 0)
            tokens.Add(pendingOpening);
        return tokens;
    }

    private static bool IsPunctuationIn(string piece, string set) => piece.Length == 1 && set.Contains(piece[0]);
}
