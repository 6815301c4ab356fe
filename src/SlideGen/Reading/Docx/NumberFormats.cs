using System.Text;

namespace SlideGen.Reading.Docx;

/// <summary>Renders a list counter the way Word does for a level's w:numFmt.</summary>
internal static class NumberFormats
{
    private const string ChineseDigits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string? numFmt) => (numFmt ?? "decimal") switch
    {
        "none" => "",
        "decimal" => value.ToString(),
        "decimalZero" => value is >= 0 and < 10 ? "0" + value : value.ToString(),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value),
        "lowerLetter" => Letter(value).ToLowerInvariant(),
        "ordinal" => Ordinal(value),
        "ordinalText" => value is >= 1 and <= 10 ? OrdinalWords[value - 1] : Ordinal(value),
        "cardinalText" => value is >= 1 and <= 10 ? CardinalWords[value - 1] : value.ToString(),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting"
            or "taiwaneseCountingThousand" or "japaneseDigitalTenThousand" => ChineseCounting(value, ChineseDigits, "十百千"),
        "chineseLegalSimplified" or "japaneseLegal" => ChineseCounting(value, LegalDigits, "拾佰仟", legal: true),
        "ideographDigital" or "taiwaneseDigital" => string.Concat(value.ToString().Select(d => d == '0' ? '〇' : ChineseDigits[d - '0'])),
        "ideographTraditional" => Cycle(value, HeavenlyStems),
        "ideographZodiac" => Cycle(value, EarthlyBranches),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle" =>
            value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : $"({value})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : value + ".",
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString().Select(d => (char)('０' + d - '0'))),
        "decimalHalfWidth" => value.ToString(),
        _ => value.ToString(),
    };

    private static readonly string[] OrdinalWords = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];
    private static readonly string[] CardinalWords = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString();
        (int Value, string Numeral)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (step, numeral) in numerals)
            for (; value >= step; value -= step) builder.Append(numeral);
        return builder.ToString();
    }

    // Word's letter numbering repeats the letter past Z: 27 is AA, 28 is BB.
    private static string Letter(int value)
    {
        if (value <= 0) return value.ToString();
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Ordinal(int value)
    {
        var suffix = (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value + suffix;
    }

    private static string Cycle(int value, string symbols) =>
        value <= 0 ? value.ToString() : symbols[(value - 1) % symbols.Length].ToString();

    /// <summary>一, 十, 十一, 二十, 一百零一: counting numerals as Word writes them (up to 9999).</summary>
    private static string ChineseCounting(int value, string digits, string units, bool legal = false)
    {
        if (value <= 0 || value > 9999) return value.ToString();
        var builder = new StringBuilder();
        var text = value.ToString();
        var pendingZero = false;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            var power = text.Length - 1 - i;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }
            if (pendingZero) builder.Append(digits[0]);
            pendingZero = false;
            // 十一 rather than 一十一: the leading one of the tens is not said (legal numerals keep it: 壹拾).
            if (!(digit == 1 && power == 1 && builder.Length == 0 && !legal)) builder.Append(digits[digit]);
            if (power > 0) builder.Append(units[power - 1]);
        }
        return builder.ToString();
    }
}
