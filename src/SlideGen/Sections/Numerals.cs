namespace SlideGen.Sections;

/// <summary>Values of the counters that numbered headings use: 一…九十九, ①…⑳, I…XL, A…Z, 1….</summary>
public static class Numerals
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23; 0 when not a Chinese number below 100.</summary>
    public static int ParseChinese(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 3) return 0;
        var ten = text.IndexOf('十');
        if (ten < 0)
            return text.Length == 1 ? Math.Max(0, ChineseDigits.IndexOf(text[0])) : 0;
        var tens = ten == 0 ? 1 : text.Length > 0 && ten == 1 ? ChineseDigits.IndexOf(text[0]) : -1;
        var units = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? ChineseDigits.IndexOf(text[^1]) : -1;
        return tens <= 0 || units < 0 ? 0 : tens * 10 + units;
    }

    public static string ToChinese(int value) => value switch
    {
        < 1 or > 99 => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => ChineseDigits[value].ToString(),
        10 => "十",
        < 20 => "十" + ChineseDigits[value - 10],
        _ => ChineseDigits[value / 10] + "十" + (value % 10 == 0 ? "" : ChineseDigits[value % 10].ToString()),
    };

    /// <summary>①..⑳ -> 1..20.</summary>
    public static int ParseCircled(char c) => c is >= '\u2460' and <= '\u2473' ? c - '\u2460' + 1 : 0;

    public static int ParseRoman(ReadOnlySpan<char> text)
    {
        int total = 0, previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0,
            };
            if (value == 0) return 0;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total;
    }

    public static int ParseLetter(char c) => char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) - 'A' + 1 : 0;
}
