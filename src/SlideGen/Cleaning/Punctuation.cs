using System.Text;

namespace SlideGen.Cleaning;

/// <summary>Chinese-text normalisation: half-width punctuation after Han becomes full-width, wrap spaces between Han go.</summary>
public static class Punctuation
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [':'] = '：', [';'] = '；', ['!'] = '！', ['?'] = '？', ['('] = '（', [')'] = '）',
    };

    /// <summary>Half-width , : ; ! ? ( ) next to Han characters become their full-width forms; redaction marks (**) stay.</summary>
    public static string WidenBetweenHan(string text)
    {
        if (!text.Any(Scripts.IsHan)) return text;
        // A second pass widens punctuation whose Chinese neighbour was itself widened in the first: "(线上同步),具体".
        return WidenOnce(WidenOnce(text));
    }

    private static string WidenOnce(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (FullWidth.TryGetValue(c, out var wide) && TouchesHan(text, i, c))
                result.Append(wide);
            else
                result.Append(c);
        }
        return result.ToString();
    }

    private static bool TouchesHan(string text, int i, char c)
    {
        var before = PreviousNonSpace(text, i);
        var after = NextNonSpace(text, i);
        bool HanLike(char? x) => x is { } ch && (Scripts.IsHan(ch) || ch is '”' or '“' or '）' or '》' or '*');
        return c switch
        {
            '(' => HanLike(after) || HanLike(before) && after is not null && !char.IsAsciiLetter(after.Value),
            ')' => HanLike(before) || (before is { } b && char.IsAsciiDigit(b) && HanLike(after) && OpenedWide(text, i)),
            // "10:30" and "3,000" keep their ASCII forms: only punctuation after Han text is Chinese punctuation.
            _ => HanLike(before) && !(after is { } a && char.IsAsciiDigit(a) && before is { } p && char.IsAsciiDigit(p)),
        };
    }

    private static bool OpenedWide(string text, int close)
    {
        var open = text.LastIndexOfAny(['(', '（'], close);
        return open >= 0 && (open == 0 || Scripts.IsHan(text[open - 1]) || text[open] == '（');
    }

    private static char? PreviousNonSpace(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--) if (text[j] != ' ') return text[j];
        return null;
    }

    private static char? NextNonSpace(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++) if (text[j] != ' ') return text[j];
        return null;
    }

    /// <summary>Removes spaces with Chinese on either side ("市直机 关" -> "市直机关"); spaces between Latin words stay.</summary>
    public static string JoinWrappedChinese(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Scripts.IsSpace(c))
            {
                var end = i;
                while (end < text.Length && Scripts.IsSpace(text[end])) end++;
                var before = i > 0 ? text[i - 1] : (char?)null;
                var after = end < text.Length ? text[end] : (char?)null;
                var chineseSide = before is { } b && Scripts.IsCjk(b) || after is { } a && Scripts.IsCjk(a);
                if (!chineseSide && before is not null && after is not null) result.Append(' ');
                i = end - 1;
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
