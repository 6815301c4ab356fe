namespace SlideGen.KeyPhrases;

/// <summary>
/// Whether a Chinese clause says something: it holds a verb or an adjective that is its predicate, not one that only
/// modifies a noun (定下来的思路). The words come from a part-of-speech dictionary (see Lexicon/), about 12,000 of them,
/// looked up by longest match; building the set takes about a millisecond, once.
/// </summary>
internal static class ChinesePredicates
{
    private const int LongestWord = 4;

    private static readonly Lazy<HashSet<string>> Words = new(() =>
        ChinesePredicateWords.All.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));

    // Words the dictionary tags as nouns that presenters' texts use as predicates (拉日高速全线通车, 国家医学中心正式获批).
    private static readonly string[] NounsUsedAsPredicates = ["通车", "获批", "落地", "投用", "投产", "竣工", "开工", "见效", "领航", "护航", "助航", "收官"];

    private static HashSet<string> Set => Words.Value;

    /// <summary>True when the text holds a predicate: a verb or adjective not followed by 的 (which makes it a modifier).</summary>
    public static bool HasPredicate(string text)
    {
        var set = Set;
        for (var i = 0; i < text.Length;)
        {
            var length = MatchAt(set, text, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (!ModifiesANoun(text, i + length) && !HeadsANoun(text, i) && !InsideAWord(text, i, length)) return true;
            i += length;
        }
        foreach (var noun in NounsUsedAsPredicates)
            if (text.EndsWith(noun, StringComparison.Ordinal) || text.Contains(noun + "，", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The length of the longest dictionary word at the position, 0 when none starts there.</summary>
    private static int MatchAt(HashSet<string> set, string text, int at)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(LongestWord, text.Length - at); length >= 1; length--)
            if (lookup.Contains(text.AsSpan(at, length))) return length;
        return 0;
    }

    // 定下来的工作, 义务教育的均衡度: after 的 comes the noun the phrase is about, even when it is a verb's noun (工作, 建设).
    private static bool HeadsANoun(string text, int at) => at > 0 && text[at - 1] == '的';

    // 均衡度, 城镇化, 体系 (系), 红色 (红): a verb or adjective that is only part of a noun.
    private static bool InsideAWord(string text, int at, int length)
    {
        var after = at + length < text.Length ? text[at + length] : ' ';
        if (after is '度' or '率' or '性' or '化' or '者') return true;
        if (length > 1 || text[at] == '是') return false;
        // A one-character verb stands alone at the start of a clause (抓基础), after a function word (要干, 不断) or
        // before a complement (干得快, 建成); between two other characters it is most likely inside a noun.
        var before = at > 0 ? text[at - 1] : ' ';
        if (at == 0 || !Cleaning.Scripts.IsHan(before) || "不没要很更最都也还就再已又才能会可将把在得应须必均各全".Contains(before)) return false;
        return Cleaning.Scripts.IsHan(after) && !"得了着过在到好出起成为给向入上下完".Contains(after);
    }

    // 定下来的思路, 走在前列的学校: a complement and 的 after the verb make it an attribute of the noun that follows.
    private static bool ModifiesANoun(string text, int after)
    {
        var rest = text.AsSpan(after);
        if (rest.StartsWith("的") || rest.Length > 1 && rest[1] == '的' && "了来去到好完过着上下出起在".Contains(rest[0])) return true;
        foreach (var complement in (ReadOnlySpan<string>)["下来的", "起来的", "出来的", "过的", "了的", "好的", "到的", "在的"])
            if (rest.StartsWith(complement)) return true;
        return false;
    }
}
