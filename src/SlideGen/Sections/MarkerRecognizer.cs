using SlideGen.Cleaning;
using System.Text.RegularExpressions;

namespace SlideGen.Sections;

/// <summary>
/// How a marker style shapes its heading. A heading style (一、, （一）, 1., 第一章) usually stands on its own line;
/// an inline style (一是, 首先, 第一，) opens a paragraph whose first sentence is the heading.
/// </summary>
public enum MarkerShape { Heading, Inline }

/// <summary>A marker found at the start of a paragraph.</summary>
/// <param name="Style">Style id: markers of the same style are siblings when they count up.</param>
/// <param name="Marker">The marker as written, e.g. "（一）" or "一是".</param>
/// <param name="Value">The counter value (1 for 一, ①, 1., A.).</param>
/// <param name="Rest">The paragraph text after the marker.</param>
/// <param name="Strict">Strict styles need a run that counts up from 1 to be believed.</param>
public sealed record MarkerMatch(string Style, string Marker, int Value, string Rest, MarkerShape Shape, bool Strict);

/// <summary>Recognises numbering markers at the start of a paragraph, Chinese and English.</summary>
public static partial class MarkerRecognizer
{
    private const string Cn = "[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]{1,3}|\d{1,2})(?<unit>[章节部分篇编])(?!\S*[，,。])[\s、：:．.]*")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?<n>" + Cn + @")(?<p>[、．.])\s*")]
    private static partial Regex ChineseDun();

    [GeneratedRegex(@"^[（(](?<n>" + Cn + @")[）)]\s*")]
    private static partial Regex ChineseParen();

    // "一 研究历史经验" / "二　目前的形势": a numeral set apart by a space on a heading line, as books and their web copies print parts.
    [GeneratedRegex(@"^(?<n>" + Cn + @")[ \u3000]+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ChineseSpaced();

    [GeneratedRegex(@"^[（(](?<n>\d{1,4})[）)]\s*")]
    private static partial Regex ArabicParen();

    [GeneratedRegex(@"^(?<n>[\u2460-\u2473])\s*")]
    private static partial Regex Circled();

    [GeneratedRegex(@"^(?<n>\d{1,4})(?<p>[.．、])(?!\d)\s*")]
    private static partial Regex ArabicDot();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})+)\.?(?=\s|[\p{L}“])\s*")]
    private static partial Regex ArabicMultiLevel();

    // 一是 / 一要 / 一抓 / 一看: a numeral and one verb character, which the whole run repeats.
    [GeneratedRegex(@"^(?<n>" + Cn + @")(?<v>[是要抓把在以从强重坚着靠讲看查比学做谈抓])(?![一二三四五六七八九十])")]
    private static partial Regex ChineseNumeralVerb();

    // 第一，/ 第一是 / 第一点，/ 第二个问题我要讲的是… / 第一阶段为…: a speaker counts points, problems, aspects or stages; with a counting
    // word the comma may be left out, without one 第二 is an ordinal in running text (第二天, 第二产业).
    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]{1,3})(?:(?:点|个问题|个方面|方面|件事|阶段|步)[，,、：:]?|[，,、：:]|是)\s*")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?<w>首先|其次|再次|再者|然后|最后)(?<p>[，,、：:]?)\s*")]
    private static partial Regex Sequence();

    // 理由一： / 场景二： / 其一，: a noun the items share and their number. A short lead-in clause may stand before the
    // first (之所以要这样做，理由一：…): the speaker says what is being counted.
    [GeneratedRegex(@"^(?:[\u4E00-\u9FFF]{2,14}，)?(?<noun>[\u4E00-\u9FFF]{1,3}?)(?<n>[一二三四五六七八九十])(?<p>[：:，,])\s*")]
    private static partial Regex NounNumeral();

    [GeneratedRegex(@"^(?<w>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Next|Finally|Lastly|Last)(?:ly)?,\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSequence();

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\.\s+(?=\S)")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>[A-Z])[.)]\s+(?=\S)")]
    private static partial Regex UpperLetter();

    [GeneratedRegex(@"^\((?<n>[a-z])\)\s+(?=\S)")]
    private static partial Regex LowerLetterParen();

    [GeneratedRegex(@"^(?<w>Section|Chapter|Part|Article)\s+(?<n>\d{1,2}|[IVX]{1,5})\b[.:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSection();

    [GeneratedRegex(@"^Appendix\s+(?<n>[A-Z])\.?\s+")]
    private static partial Regex Appendix();

    private static readonly string[] SequenceWords = ["首先", "其次", "再次", "最后"];

    public static MarkerMatch? Match(string paragraph)
    {
        var text = paragraph.TrimStart(' ', '\u3000', '\t');
        Match m;
        if ((m = Chapter().Match(text)).Success)
            return Make("cn-chapter-" + m.Groups["unit"].Value, m, ParseNumber(m.Groups["n"].Value), text, MarkerShape.Heading, strict: false);
        if ((m = ChineseParen().Match(text)).Success)
            return Make("cn-paren", m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Heading, strict: false);
        if ((m = ChineseDun().Match(text)).Success)
            return Make("cn-dun", m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Heading, strict: false);
        if ((m = ChineseSpaced().Match(text)).Success && !text.Any(Scripts.IsSentenceEnd) && Scripts.Width(text) <= 40)
            return Make("cn-spaced", m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Heading, strict: true);
        if ((m = ArabicParen().Match(text)).Success)
            return Make("arabic-paren", m, int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), text, MarkerShape.Heading, strict: true);
        if ((m = Circled().Match(text)).Success)
            return Make("circled", m, Numerals.ParseCircled(m.Groups["n"].Value[0]), text, MarkerShape.Heading, strict: true);
        if ((m = ArabicMultiLevel().Match(text)).Success && !StartsLikeQuantity(text, m.Length))
        {
            var parts = m.Groups["n"].Value.Split('.');
            return Make("arabic-depth-" + parts.Length, m, int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture), text, MarkerShape.Heading, strict: false);
        }
        if ((m = ArabicDot().Match(text)).Success && !StartsLikeQuantity(text, m.Length))
            return Make("arabic-dot", m, int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), text, MarkerShape.Heading, strict: true);
        if ((m = ChineseNumeralVerb().Match(text)).Success)
            return Make("cn-numeral-" + m.Groups["v"].Value, m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Inline, strict: true);
        if ((m = Ordinal().Match(text)).Success)
            return Make("cn-ordinal", m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Inline, strict: true);
        if ((m = NounNumeral().Match(text)).Success && !m.Groups["noun"].Value.EndsWith('第') && !m.Groups["noun"].Value.EndsWith('之'))
            return Make("cn-counted-" + m.Groups["noun"].Value, m, Numerals.ParseChinese(m.Groups["n"].Value), text, MarkerShape.Inline, strict: true);
        if ((m = Sequence().Match(text)).Success)
        {
            var word = m.Groups["w"].Value;
            var value = word switch { "首先" => 1, "其次" => 2, "再次" or "再者" or "然后" => 3, _ => 4 };
            return Make("cn-sequence", m, value, text, MarkerShape.Inline, strict: true);
        }
        if ((m = EnglishSection().Match(text)).Success)
            return Make("en-" + m.Groups["w"].Value.ToLowerInvariant(), m, ParseNumber(m.Groups["n"].Value), text, MarkerShape.Heading, strict: false);
        if ((m = Appendix().Match(text)).Success)
            return Make("en-appendix", m, Numerals.ParseLetter(m.Groups["n"].Value[0]), text, MarkerShape.Heading, strict: false);
        if ((m = Roman().Match(text)).Success && Numerals.ParseRoman(m.Groups["n"].Value) > 0)
            return Make("roman", m, Numerals.ParseRoman(m.Groups["n"].Value), text, MarkerShape.Heading, strict: true);
        if ((m = UpperLetter().Match(text)).Success)
            return Make("upper-letter", m, Numerals.ParseLetter(m.Groups["n"].Value[0]), text, MarkerShape.Heading, strict: true);
        if ((m = LowerLetterParen().Match(text)).Success)
            return Make("lower-letter-paren", m, Numerals.ParseLetter(m.Groups["n"].Value[0]), text, MarkerShape.Heading, strict: true);
        if ((m = EnglishSequence().Match(text)).Success)
        {
            var value = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6,
                "seventh" => 7, "eighth" => 8, "ninth" => 9, "tenth" => 10, _ => 99,
            };
            return Make("en-sequence", m, value, text, MarkerShape.Inline, strict: true);
        }
        return null;
    }

    /// <summary>True when the paragraph starts with a marker that usually stands on a heading line of its own.</summary>
    public static bool StartsWithHeadingMarker(string text) => Match(text) is { Shape: MarkerShape.Heading };

    /// <summary>True when text at <paramref name="index"/> starts a marker that may open a paragraph after a full stop.</summary>
    public static bool IsParagraphOpener(string text) => Match(text) is { } m && m.Style != "arabic-dot" || ArabicDot().IsMatch(text);

    private static bool StartsLikeQuantity(string text, int markerLength) =>
        // "1、2月份" and "3.5倍" are quantities, not markers.
        markerLength < text.Length && (text[markerLength] is '月' or '日' or '号' or '倍' or '%');

    private static int ParseNumber(string n) =>
        int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
        : Numerals.ParseChinese(n) is > 0 and var c ? c : Numerals.ParseRoman(n);

    private static MarkerMatch? Make(string style, Match m, int value, string text, MarkerShape shape, bool strict) =>
        value <= 0 ? null : new MarkerMatch(style, m.Value.TrimEnd(), value, text[m.Length..].TrimStart(), shape, strict);

    internal static IReadOnlyList<string> SequenceOrder => SequenceWords;
}
