namespace SlideGen.KeyPhrases;

/// <summary>
/// Whether a Chinese clause says something: it holds a verb or an adjective that is its predicate, not one that only
/// modifies a noun (定下来的思路) or is part of one (均衡度, 高考, 水利工程建设). The words come from a part-of-speech
/// dictionary (see Lexicon/), about 12,500 of them, looked up by longest match; building the sets takes about a
/// millisecond, once.
/// </summary>
internal static class ChinesePredicates
{
    private const int LongestWord = 4;

    private enum Kind { None, Predicate, VerbalNoun, Noun }

    private static readonly Lazy<Dictionary<string, Kind>> Words = new(() =>
    {
        var words = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var (list, kind) in new[] { (ChinesePredicateWords.Nouns, Kind.Noun), (ChinesePredicateWords.VerbalNouns, Kind.VerbalNoun), (ChinesePredicateWords.Predicates, Kind.Predicate) })
            foreach (var word in list.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)) words[word] = kind;
        return words;
    });

    // Words the dictionary tags as nouns that presenters' texts use as predicates (环城公路全线通车, 县人民医院新院区获批).
    private static readonly string[] NounsUsedAsPredicates = ["通车", "获批", "落地", "投用", "投产", "竣工", "开工", "见效", "领航", "护航", "助航", "收官"];

    // Characters after which a verb is used as one (要干, 不断, 已建成), not as part of a noun.
    private const string FunctionCharacters = "不没要很更最都也还就再已又才能会可将把在得应须必均各全并和及与、";

    /// <summary>True when the text holds a predicate: a verb or adjective not followed by 的 (which makes it a modifier).</summary>
    public static bool HasPredicate(string text)
    {
        // The same clause is asked about once per phrase it is part of: remember the answers of the last few hundred.
        var cache = recent ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (cache.TryGetValue(text, out var known)) return known;
        if (cache.Count > 512) cache.Clear();
        return cache[text] = Find(text);
    }

    [ThreadStatic] private static Dictionary<string, bool>? recent;

    /// <summary>
    /// True when the clause opens with its predicate (抓基础, 不断完善…, 深入推进…): a verb or adjective of the dictionary
    /// at its start, or after one or two function characters (要, 不断). A topic or a subject opens it otherwise (全县新增…).
    /// </summary>
    public static bool OpensWithPredicate(string text)
    {
        var words = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at < Math.Min(3, text.Length); at++)
        {
            var (length, kind) = MatchAt(words, text, at);
            if (kind is Kind.Predicate or Kind.VerbalNoun) return !ModifiesANoun(text, at + length) && !InsideAWord(text, at, length);
            if (!FunctionCharacters.Contains(text[at]) || kind == Kind.Noun) return false;
        }
        return false;
    }

    private static bool Find(string text)
    {
        var words = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            var (length, kind) = MatchAt(words, text, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (kind == Kind.Noun)
            {
                i += length;
                continue;
            }
            var nominal = kind == Kind.VerbalNoun;
            // 建设宜居宜业乡村 (a verb at the start) but 水利工程建设 (a noun after a noun).
            // 重点培育了: an aspect particle after it makes it a verb wherever it stands.
            var usedAsVerb = !nominal || i == 0 || FunctionCharacters.Contains(text[i - 1]) || !Cleaning.Scripts.IsHan(text[i - 1])
                             || i + length < text.Length && text[i + length] is '了' or '着' or '过';
            if (usedAsVerb && !ModifiesANoun(text, i + length) && !HeadsANoun(text, i) && !InsideAWord(text, i, length)) return true;
            i += length;
        }
        foreach (var noun in NounsUsedAsPredicates)
            if (text.EndsWith(noun, StringComparison.Ordinal) || text.Contains(noun + "，", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The longest dictionary word at the position (length 0 when none starts there) and its kind.</summary>
    private static (int Length, Kind Kind) MatchAt(Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> words, string text, int at)
    {
        for (var length = Math.Min(LongestWord, text.Length - at); length >= 1; length--)
            if (words.TryGetValue(text.AsSpan(at, length), out var kind)) return (length, kind);
        return (0, Kind.None);
    }

    // 定下来的工作, 乡村学校的覆盖率: after 的 comes the noun the phrase is about, even when it is a verb's noun (工作, 建设).
    private static bool HeadsANoun(string text, int at) => at > 0 && text[at - 1] == '的';

    // 均衡度, 城镇化, 体系 (系), 红色 (红), 高考 (考): a verb or adjective that is only part of a noun.
    private static bool InsideAWord(string text, int at, int length)
    {
        var after = at + length < text.Length ? text[at + length] : ' ';
        if (after is '度' or '率' or '性' or '化' or '者') return true;
        if (length > 1 || text[at] == '是') return false;
        // A one-character verb stands alone at the start of a clause (抓基础), after a function word (要干, 不断) or
        // before a complement (干得快, 建成); after another character it is most likely the end of a noun.
        var before = at > 0 ? text[at - 1] : ' ';
        if (at == 0 || !Cleaning.Scripts.IsHan(before) || FunctionCharacters.Contains(before)) return false;
        return !"得了着过在到好出起成为给向入上下完".Contains(after);
    }

    // 定下来的思路, 走在前列的学校: a complement and 的 after the verb make it an attribute of the noun that follows.
    private static bool ModifiesANoun(string text, int after)
    {
        var rest = text.AsSpan(after);
        if (rest.StartsWith("的") || rest.Length > 1 && rest[1] == '的' && "了来去到好完过着上下出起在".Contains(rest[0])) return true;
        foreach (var complement in (ReadOnlySpan<string>)["下来的", "起来的", "出来的"])
            if (rest.StartsWith(complement)) return true;
        return false;
    }
}
