using System.Text.RegularExpressions;
using SlideGen.Cleaning;

namespace SlideGen.KeyPhrases;

/// <summary>
/// Picks the phrases of a Chinese point that a presenter would put on a slide. Official speeches carry their
/// message in parallel clauses (坚守…不偏离，坚持…不降低) and enumerations (抓基础、强基本、固根基), so those
/// score highest; connectives and lead-ins (要、因此、最根本的是) are trimmed; the words stay the speech's own.
/// </summary>
public static partial class ChineseKeyPhrases
{
    public const int MaxLength = 40;

    private sealed record Candidate(string Text, double Score, int Position);

    public static IReadOnlyList<string> Extract(string body, int? maxCount = null)
    {
        var candidates = Candidates(body);
        var count = maxCount ?? Math.Clamp(1 + (int)Math.Ceiling(body.Length / 70.0), 2, 5);
        var chosen = new List<Candidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Position))
        {
            if (chosen.Count >= count) break;
            if (candidate.Score < 0 && chosen.Count >= 2) break;
            if (chosen.Any(c => PhraseOverlap.IsNearDuplicate(c.Text, candidate.Text))) continue;
            chosen.Add(candidate);
        }
        return chosen.OrderBy(c => c.Position).Select(c => c.Text).ToList();
    }

    private static List<Candidate> Candidates(string body)
    {
        var candidates = new List<Candidate>();
        var position = 0;
        foreach (var sentence in Sentences(body))
        {
            var raw = Clauses(sentence);
            var clauses = raw.Select(Trim).ToList();
            var grouped = new bool[clauses.Count];
            // Parallel clauses: neighbours of equal length and shape form one phrase.
            for (var i = 0; i < clauses.Count; i++)
            {
                var j = i;
                while (j + 1 < clauses.Count && AreParallel(clauses[j], clauses[j + 1])) j++;
                if (j == i) continue;
                var members = clauses.GetRange(i, j - i + 1);
                // "才能更好地以支部书记“领航”担主力，以党员干部“助航”强动力": the first member hides behind a lead-in.
                if (i > 0 && !grouped[i - 1] && ParallelTail(clauses[i - 1], members[0]) is { } tail)
                {
                    members.Insert(0, tail);
                    i--;
                }
                while (members.Count > 1 && string.Join("，", members).Length > MaxLength) members.RemoveAt(members.Count - 1);
                if (members.Count >= 2)
                {
                    var text = string.Join("，", members);
                    candidates.Add(new Candidate(text, Score(text) + 2.5 + 0.5 * (members.Count - 2), position + i));
                    for (var k = i; k < i + members.Count; k++) grouped[k] = true;
                }
                i = j;
            }
            for (var i = 0; i < clauses.Count; i++)
            {
                if (grouped[i]) continue;
                var text = FitLength(clauses[i]);
                // "在…任务中", "围绕…的思路", "在肯定成绩的同时" set the scene; the point is in the clause after them.
                if (text.Length < 4 || AdverbialFrame().IsMatch(text)) continue;
                var score = Score(text);
                // What follows "最根本的是" or opens a directive sentence (要…) is what the speaker stresses.
                if (LeadIn().IsMatch(raw[i].Trim())) score += 1.5;
                if (i == 0 && raw[i].TrimStart().StartsWith('要')) score += 0.7;
                candidates.Add(new Candidate(text, score, position + i));
            }
            position += clauses.Count;
        }
        return candidates;
    }

    private static IEnumerable<string> Sentences(string body)
    {
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var end = body[i] is '。' or '！' or '？' or '；' or '\n';
            if (!end) continue;
            if (i + 1 < body.Length && body[i + 1] == '”') i++;
            yield return body[start..(i + 1)];
            start = i + 1;
        }
        if (start < body.Length) yield return body[start..];
    }

    /// <summary>Clauses split at ，and ：, never inside quotation marks or book-title marks.</summary>
    private static List<string> Clauses(string sentence)
    {
        var clauses = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (c is '“' or '《' or '（' or '‘') depth++;
            else if (c is '”' or '》' or '）' or '’') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is '，' or '：' || c is ',' or ':' && !BetweenDigits(sentence, i)))
            {
                clauses.Add(sentence[start..i]);
                start = i + 1;
            }
        }
        clauses.Add(sentence[start..]);
        return clauses.Select(c => c.Trim('。', '！', '？', '；', '\n', ' ')).Where(c => c.Length > 0).ToList();
    }

    // "10:30" and "3,000" are one number, not two clauses.
    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    [GeneratedRegex(@"^(?:因此|因而|所以|同时|此外|另外|而且|并且|并|但是|但|然而|其中|特别是|尤其是|总之|只有|才能|从而|进而|还要|也要|更要|就要|必须|我们要|我们|大家要|大家|要|也|这就要求|这是|这)+")]
    private static partial Regex LeadingConnective();

    // "最根本的就是坚决捍卫…": the lead-in names the importance, the rest is the phrase.
    [GeneratedRegex(@"^[^，“”]{1,10}?(?:就是|的是|在于)(?=.{6,})")]
    private static partial Regex LeadIn();

    // 参与, 涉及, 缓和 end in a connective's character but are words of their own.
    [GeneratedRegex(@"(?:[的了或而]|(?<![参给赋授])与|(?<![涉普惠危顾以])及|(?<![缓祥平温调共])和)$")]
    private static partial Regex DanglingEnd();

    private static string Trim(string clause)
    {
        var text = clause.Trim();
        // A list item's number ("1. 实施…") is not part of its phrase.
        if (Sections.MarkerRecognizer.Match(text) is { } marker && marker.Rest.Length >= 4) text = marker.Rest;
        for (var pass = 0; pass < 2; pass++)
        {
            var withoutLead = LeadIn().Replace(text, "");
            var withoutConnective = LeadingConnective().Replace(withoutLead, "");
            text = withoutConnective.Length >= 4 ? withoutConnective : withoutLead;
        }
        while (DanglingEnd().IsMatch(text) && text.Length > 4) text = text[..^1];
        return text;
    }

    /// <summary>A clause over the limit is cut at an enumeration comma (、) so that the phrase stays whole.</summary>
    private static string FitLength(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf('、', MaxLength);
        return cut >= 8 ? text[..cut] : "";
    }

    /// <summary>The same character among the last three at the same distance from the end (以…为重点 / 以…为抓手).</summary>
    private static bool SharesFrameEnd(string a, string b)
    {
        for (var k = 2; k <= 3; k++)
            if (a[^k] == b[^k] && Scripts.IsHan(a[^k])) return true;
        return false;
    }

    private static string? ParallelTail(string previous, string member)
    {
        for (var length = member.Length - 1; length <= member.Length + 1; length++)
        {
            if (length >= previous.Length || length < 3) continue;
            var tail = previous[^length..];
            if (tail[0] == member[0] && AreParallel(tail, member)) return tail;
        }
        return null;
    }

    private static bool AreParallel(string a, string b)
    {
        if (a.Length < 3 || b.Length < 3 || a.Length > 16 || b.Length > 16) return false;
        var lengthGap = Math.Abs(a.Length - b.Length);
        // 以提升组织力为重点，以星级党组织创建为抓手: same frame, fillings of different length.
        if (lengthGap <= 2 && a.Length >= 5 && a[0] == b[0] && SharesFrameEnd(a, b)) return true;
        if (lengthGap > 1) return false;
        if (a[0] == b[0] || a[^1] == b[^1]) return true;
        var shared = 0;
        for (var i = 1; i < Math.Min(a.Length, b.Length) - 1; i++) if (a[i] == b[i]) shared++;
        return shared >= 1 && a.Length == b.Length;
    }

    [GeneratedRegex(@"^(?:坚持|坚决|坚守|加强|强化|推动|推进|深化|深入|落实|提升|提高|筑牢|营造|搭建|掀起|建立|健全|完善|构建|打造|实施|开展|抓好|抓|把|以|发挥|确保|牢固树立|树立|增强|创新|优化|着力|聚焦|突出|围绕|全面|认真|切实|大力|积极|持续|不断|加快|做好|做到|守住|严格|健全|引导|推行|培育|扩大|促进|保障|防范|巩固|激发)")]
    private static partial Regex ActionVerb();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:多|余)?(?:次|人|户|项|条|个|场|篇|家|所|名|万|亿|元|吨|亩|%|公里|千米|倍|年)")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:在|围绕|按照|根据|依据|对照|通过|对于|针对|随着|为了|面对|立足|着眼|基于|本着|遵循|结合).*(?:中|上|下|里|时|后|前|期间|同时|之际|思路|标准|要求|原则|方针|部署|精神|方面|基础上|过程中|背景下)$")]
    private static partial Regex AdverbialFrame();

    [GeneratedRegex(@"我们|大家|你们|我|同志们")]
    private static partial Regex Pronoun();

    private static double Score(string text)
    {
        var score = 0.0;
        var length = text.Length;
        if (length < 6) score -= 3;
        else if (length < 8) score += 0;
        else if (length <= 30) score += 1;
        else score += 0.3;
        // A work report's facts are its figures: 家访600多户, 开展上党课16次.
        if (Quantity().IsMatch(text)) score += 1;
        if (text.Contains('《')) score += 0.5;
        var items = text.Split('、');
        if (items.Length >= 3) score += items.All(item => item.Length <= 12) ? 2.5 : 1;
        else if (items.Length == 2) score += 1;
        if (Question().IsMatch(text)) score -= 1;
        // "清醒地看到" / "必须认识到" introduce what follows; the content is in the next clause.
        if (IntroducingVerbAtEnd().IsMatch(text)) score -= 3;
        // "重点抓好以下三个方面的工作" announces the points; it is not one of them.
        if (Announcement().IsMatch(text)) score -= 2;
        if (text.Contains('“')) score += 0.8;
        if (ActionVerb().IsMatch(text)) score += 1;
        if (Pronoun().IsMatch(text)) score -= 1.5;
        if (ConditionalOpening().IsMatch(text)) score -= 1;
        if (!Scripts.IsChinese(text)) score -= 1;
        // Redacted names (**) are kept as written, but a bullet full of stars reads badly on a slide.
        if (text.Contains('*')) score -= 1;
        return score;
    }

    [GeneratedRegex("如何|怎样|怎么|是否|多少")]
    private static partial Regex Question();

    [GeneratedRegex("(?:看到|认识到|意识到|指出|强调|表明|要求)$")]
    private static partial Regex IntroducingVerbAtEnd();

    [GeneratedRegex("以下|如下|下面")]
    private static partial Regex Announcement();

    [GeneratedRegex("^(?:如果|虽然|尽管|无论|即使|对于|关于|面对|随着|根据|按照)")]
    private static partial Regex ConditionalOpening();
}
