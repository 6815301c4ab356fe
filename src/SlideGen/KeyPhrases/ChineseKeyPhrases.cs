using System.Text.RegularExpressions;
using SlideGen.Cleaning;

namespace SlideGen.KeyPhrases;

/// <summary>
/// Picks the phrases of a Chinese point that a presenter would put on a slide. Official speeches carry their
/// message in parallel clauses (坚守…不动摇，坚持…不放松) and enumerations (强基础、补短板、增后劲), so those
/// score highest; connectives and lead-ins (要、因此、最根本的是) are trimmed; the words stay the speech's own.
/// </summary>
public static partial class ChineseKeyPhrases
{
    public const int MaxLength = 40;

    /// <summary>One clause of the body: its text as written, without its leading connective, and where it stands.</summary>
    private sealed record Clause(string Raw, string Text, int Paragraph, int Sentence, int Index, int SentenceLength, bool Asks = false);

    /// <summary>A phrase a slide could show, made of the clauses First..Last of one sentence.</summary>
    private sealed record Candidate(string Text, double[] Features, int First, int Last, int Paragraph, int Sentence, bool RunIn = false)
    {
        private double? score;

        /// <summary>The model's score, computed when first asked (after every feature is set).</summary>
        public double Score => score ??= ChineseBulletModel.Score(Features);
    }

    /// <summary>
    /// The point's key phrases in the order it says them. Phrases come from its own sub-structure (a short run-in
    /// sentence that heads a paragraph, an inline 一是 item, a —— lead), its parallel clauses and enumerations, and each
    /// paragraph's sentences cut at clause boundaries; a phrase must be whole (a predicate, no dangling lead-in or
    /// connective) and they are spread over the paragraphs so that the whole point is covered.
    /// </summary>
    public static IReadOnlyList<string> Extract(string body, int? maxCount = null, string heading = "")
    {
        var clauses = Clauses(body);
        var candidates = ScoredCandidates(clauses, heading, out var runIns);
        var count = maxCount ?? Math.Clamp(1 + (int)Math.Ceiling(body.Length / ChineseBulletModel.CharactersPerBullet), 2, KeyPhraseExtractor.MaxBullets);
        var paragraphs = clauses.Select(c => c.Paragraph).Distinct().Count();
        // Paragraphs headed by run-in sub-heads (要干得快。…要干得实。) are the point's own outline: each sub-head is shown.
        if (runIns >= 2) count = Math.Max(count, Math.Min(KeyPhraseExtractor.MaxBullets, runIns));
        var chosen = new List<Candidate>();
        var stops = ChineseBulletModel.Stops;
        var used = new HashSet<int>();
        var ranked = new List<(Candidate Candidate, double Score)>(candidates.Count);
        while (chosen.Count < count)
        {
            ranked.Clear();
            foreach (var candidate in candidates)
            {
                var overlaps = false;
                for (var k = candidate.First; k <= candidate.Last && !overlaps; k++) overlaps = used.Contains(k);
                if (overlaps) continue;
                // Cover the whole point: each phrase already taken from a paragraph or a sentence makes the next one from it weigh less.
                // A run-in sub-head names its paragraph; the paragraph's own phrase still has its place beside it.
                var score = candidate.Score;
                foreach (var c in chosen)
                {
                    if (c.Paragraph != candidate.Paragraph) continue;
                    if (paragraphs > 1) score -= c.RunIn || candidate.RunIn ? ChineseBulletModel.SameParagraphRunInPenalty : ChineseBulletModel.SameParagraphPenalty;
                    if (c.Sentence == candidate.Sentence) score -= ChineseBulletModel.SameSentencePenalty;
                }
                ranked.Add((candidate, score));
            }
            // Best first; the bigram comparison with the phrases already chosen runs only until one passes.
            ranked.Sort((a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order : a.Candidate.First.CompareTo(b.Candidate.First));
            Candidate? best = null;
            foreach (var (candidate, _) in ranked)
            {
                if (chosen.Any(c => PhraseOverlap.IsNearDuplicate(c.Text, candidate.Text))) continue;
                best = candidate;
                break;
            }
            if (best is null || best.Score < stops.Enough && chosen.Count >= 2 || best.Score < stops.None) break;
            chosen.Add(best);
            for (var k = best.First; k <= best.Last; k++) used.Add(k);
        }
        // A slide needs two bullets: one phrase of two whole clauses is shown as its two clauses.
        if (chosen.Count == 1 && count >= 2 && chosen[0].Last > chosen[0].First)
        {
            var only = chosen[0];
            var parts = candidates.Where(c => c.First == c.Last && c.First >= only.First && c.Last <= only.Last).GroupBy(c => c.First)
                .Select(g => g.OrderByDescending(c => c.Score).First()).ToList();
            if (parts.Count >= 2) chosen = parts;
        }
        return chosen.OrderBy(c => c.First).Select(c => c.Text).ToList();
    }

    private static List<Clause> Clauses(string body)
    {
        var clauses = new List<Clause>();
        var paragraphIndex = 0;
        foreach (var paragraph in body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var sentenceIndex = 0;
            foreach (var sentence in Sentences(paragraph))
            {
                var raw = SplitClauses(sentence);
                if (raw.Count == 0) continue;
                // "…有什么样的感受呢？": a question the speaker asks the audience, answered in what follows.
                var asks = sentence.TrimEnd('”', ' ').EndsWith('？') || sentence.TrimEnd('”', ' ').EndsWith('?');
                for (var i = 0; i < raw.Count; i++)
                    clauses.Add(new Clause(raw[i], Trim(raw[i]), paragraphIndex, sentenceIndex, i, raw.Count, asks));
                sentenceIndex++;
            }
            paragraphIndex++;
        }
        return clauses;
    }

    /// <summary>For the fitting tool: every candidate phrase of a body with its features, as the picker sees them.</summary>
    public static IReadOnlyList<(string Text, double[] Features)> CandidatesOf(string body, string heading = "") =>
        ScoredCandidates(Clauses(body), heading, out _).Select(c => (c.Text, c.Features)).ToList();

    private static List<Candidate> ScoredCandidates(List<Clause> clauses, string heading, out int runIns)
    {
        var candidates = Candidates(clauses, heading);
        runIns = candidates.Count(c => c.RunIn);
        if (runIns < 2) return candidates;
        foreach (var candidate in candidates.Where(c => c.RunIn)) candidate.Features[(int)ChineseBulletModel.Feature.RunInAmongSeveral] = 1;
        return candidates;
    }

    private static List<Candidate> Candidates(List<Clause> clauses, string heading)
    {
        var candidates = new List<Candidate>();
        for (var start = 0; start < clauses.Count;)
        {
            var end = start;
            while (end + 1 < clauses.Count && clauses[end + 1].Index > 0) end++;
            AddSentence(clauses, start, end, heading, candidates);
            start = end + 1;
        }
        return candidates;
    }

    /// <summary>The candidates of one sentence, clauses <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static void AddSentence(List<Clause> all, int first, int last, string heading, List<Candidate> candidates)
    {
        var texts = new List<string>();
        for (var k = first; k <= last; k++) texts.Add(all[k].Text);
        var clause0 = all[first];
        var paragraphOpening = clause0.Sentence == 0;
        var lastSentence = last + 1 >= all.Count || all[last + 1].Paragraph != clause0.Paragraph;
        var paragraphs = all[^1].Paragraph + 1;
        // 要干得快。…: a short sentence that opens a paragraph and heads what follows it.
        var runIn = paragraphOpening && first == last && texts[0].Length is >= 4 and <= 20
                    && first + 1 < all.Count && all[first + 1].Paragraph == clause0.Paragraph;

        // Parallel clauses: neighbours of equal length and shape form one phrase.
        for (var i = 0; i < texts.Count; i++)
        {
            var j = i;
            while (j + 1 < texts.Count && AreParallel(texts[j], texts[j + 1])) j++;
            if (j == i) continue;
            var members = texts.GetRange(i, j - i + 1);
            var from = i;
            // "才能更好地以支部书记“领航”担主力，以党员干部“助航”强动力": the first member hides behind a lead-in.
            if (i > 0 && ParallelTail(texts[i - 1], members[0]) is { } tail)
            {
                members.Insert(0, tail);
                from = i - 1;
            }
            while (members.Count > 1 && string.Join("，", members).Length > MaxLength) members.RemoveAt(members.Count - 1);
            if (members.Count >= 2)
            {
                var text = string.Join("，", members);
                // 以提高服务质量为目标，以窗口作风评议为抓手: frames in parallel are the phrase, not a lead-in to one.
                if (Acceptable(text, heading, parallel: true))
                {
                    var f = Features(text, clause0, from, from + members.Count - 1, texts.Count, lastSentence, paragraphs);
                    f[(int)ChineseBulletModel.Feature.Parallel] = 1;
                    f[(int)ChineseBulletModel.Feature.ParallelExtraMembers] = members.Count - 2;
                    candidates.Add(new Candidate(text, f, first + from, first + from + members.Count - 1, clause0.Paragraph, clause0.Sentence));
                }
            }
            i = j;
        }

        // “内培、优引、劣汰”方针, “减项、降分、限高”的原则: a quoted list is the point's own slogan, kept whole with the
        // short name it is given, even when the clause around it is too long for a slide.
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (Match match in QuotedList().Matches(all[first + i].Raw))
            {
                var text = match.Value;
                if (text.Length is > MaxLength or < 8) continue;
                // 真正做到调研成果“用得上、落得下”: a clause that is a bullet itself keeps its list with its verb.
                if (texts[i].Length <= MaxLength && Acceptable(WithoutDanglingEnd(texts[i]), heading)) continue;
                if (!Balanced(text) || heading.Length > 0 && PhraseOverlap.IsNearDuplicate(Normalize(heading), text)) continue;
                var f = Features(text, clause0, i, i, texts.Count, lastSentence, paragraphs);
                f[(int)ChineseBulletModel.Feature.QuotedList] = 1;
                candidates.Add(new Candidate(text, f, first + i, first + i, clause0.Paragraph, clause0.Sentence));
            }
        }

        // Windows of one to three clauses: a clause alone when it is whole, with its neighbour when one needs the other.
        for (var i = 0; i < texts.Count; i++)
        {
            var text = "";
            for (var n = 1; n <= 3 && i + n - 1 < texts.Count; n++)
            {
                var next = n == 1 ? texts[i] : all[first + i + n - 1].Raw.Trim();
                text = n == 1 ? FitLength(next) : text + "，" + next;
                if (text.Length == 0 || text.Length > MaxLength) break;
                // Three clauses make one phrase only when they are short (明确时间表，细化路线图，分解落实).
                if (n == 3 && text.Length > 30) break;
                var phrase = WithoutDanglingEnd(text);
                // "在…任务中，要让党旗…", "清醒地看到，产业链条还不够长": the opening only sets the scene or introduces
                // what follows; the phrase starts after it.
                if (n > 1 && (AdverbialFrame().IsMatch(texts[i]) || IntroducingVerbAtEnd().IsMatch(texts[i]))) break;
                // "同时，积极推广…": a clause that is only a connective is not where a phrase starts.
                if (n > 1 && LeadingConnective().Match(texts[i]).Length == texts[i].Length) break;
                // "11月初，组织参观…", "2025年，我们将…": a bare time before the phrase adds nothing to the slide.
                if (n > 1 && texts[i].Length <= 8 && TimeOnly().IsMatch(texts[i]) && !ChinesePredicates.HasPredicate(texts[i])) break;
                // "安全生产方面，…": the topic the sentence opens with is the slide's title already.
                if (n > 1 && texts[i].EndsWith("方面", StringComparison.Ordinal) && texts[i].Length <= 10) break;
                if (!Acceptable(phrase, heading)) continue;
                var f = Features(phrase, clause0, i, i + n - 1, texts.Count, lastSentence, paragraphs);
                void Set(ChineseBulletModel.Feature feature) => f[(int)feature] = 1;
                if (LeadIn().IsMatch(all[first + i].Raw.Trim())) Set(ChineseBulletModel.Feature.AfterLeadIn);
                if (i == 0 && all[first].Raw.TrimStart().StartsWith('要')) Set(ChineseBulletModel.Feature.OpensWithYao);
                // The length penalty is for scraps; a run-in sub-head is short by design (要干得快).
                if (runIn && n == 1) Set(ChineseBulletModel.Feature.RunInSubhead);
                if (runIn && n == 1 && phrase.Length < 6) Set(ChineseBulletModel.Feature.ShortRunInSubhead);
                if (InlineItem().IsMatch(all[first + i].Raw)) Set(ChineseBulletModel.Feature.InlineItem);
                // Two short clauses read as one thought (练好基本功，练出真本事); a third makes a sentence.
                if (n == 2) Set(phrase.Length <= 30 ? ChineseBulletModel.Feature.TwoClausesShort : ChineseBulletModel.Feature.TwoClausesLong);
                if (n == 3) Set(ChineseBulletModel.Feature.ThreeClauses);
                // "…扛在肩上，认真研究": a short last clause that the sentence goes on from waits for its object.
                if (n > 1 && i + n - 1 < texts.Count - 1 && texts[i + n - 1].Length <= 4) Set(ChineseBulletModel.Feature.ShortLastClauseGoesOn);
                if (n > 1 && texts[i].Length <= 6 && !ChinesePredicates.HasPredicate(texts[i])) Set(ChineseBulletModel.Feature.ShortFirstClauseWithoutPredicate);
                candidates.Add(new Candidate(phrase, f, first + i, first + i + n - 1, clause0.Paragraph, clause0.Sentence, runIn && n == 1));
            }
        }
    }

    private static string WithoutDanglingEnd(string text)
    {
        while (DanglingEnd().IsMatch(text) && text.Length > 4) text = text[..^1];
        return text;
    }

    /// <summary>
    /// Whether a phrase can stand on a slide: it says something (a predicate), it does not hang on what comes before
    /// it (分别增长…, 其中…) or after it (以…为重点, 在…中, 由于…), and it is not the heading again.
    /// </summary>
    internal static bool IsWhole(string text, bool parallel = false)
    {
        if (text.Length < 4 || !Balanced(text)) return false;
        var clauses = text.Split('，');
        var first = FactsOf(clauses[0]);
        var last = clauses.Length == 1 ? first : FactsOf(clauses[^1]);
        if (first.DependentOpening || first.FillerOpening) return false;
        if (last.SceneSetting || !parallel && last.FrameLeadIn || last.SubordinateOnly || last.WaitsForMore || last.OnlyLeadsIn || last.PrepositionalOnly) return false;
        if (clauses.Length == 1 && first.SubordinateOpening) return false;
        // "…，在去年打牢基础上，今年中考": a phrase of several clauses ends on one that says something.
        if (clauses.Length > 1 && !parallel && !last.Predicate && !last.Figure) return false;
        var predicate = false;
        foreach (var clause in clauses)
        {
            var facts = clauses.Length == 1 ? first : FactsOf(clause);
            if (facts.Filler) return false;
            predicate |= facts.Predicate && !facts.OnlyLeadsIn;
        }
        // 全县新增就业3000人 has its predicate in the dictionary; a figure with a subject and no verb is a fact too, a bare year is not.
        return predicate || Quantity().IsMatch(text) && Quantity().Replace(text, "").Count(Scripts.IsHan) >= 4;
    }

    /// <summary>What the checks of <see cref="IsWhole"/> find in one clause; a clause is part of up to three phrases, so it is looked at once.</summary>
    private readonly record struct ClauseFacts(
        bool DependentOpening, bool FillerOpening, bool Filler, bool SceneSetting, bool FrameLeadIn, bool SubordinateOnly,
        bool SubordinateOpening, bool WaitsForMore, bool OnlyLeadsIn, bool Predicate, bool Figure, bool PrepositionalOnly);

    [ThreadStatic] private static Dictionary<string, ClauseFacts>? factsOfRecentClauses;

    private static ClauseFacts FactsOf(string raw)
    {
        var cache = factsOfRecentClauses ??= new Dictionary<string, ClauseFacts>(StringComparer.Ordinal);
        if (cache.TryGetValue(raw, out var known)) return known;
        if (cache.Count > 1024) cache.Clear();
        // "通过志愿服务活动，依托社区资源" / "我们要围绕…的思路": the checks look past a leading connective.
        var clause = LeadingConnective().Replace(raw, "");
        var facts = new ClauseFacts(
            DependentOpening: DependentOpening().IsMatch(raw),
            FillerOpening: FillerOpening().IsMatch(raw),
            Filler: Filler().IsMatch(clause),
            SceneSetting: AdverbialFrame().IsMatch(clause),
            FrameLeadIn: FrameLeadIn().IsMatch(clause),
            SubordinateOnly: SubordinateOnly().IsMatch(clause),
            SubordinateOpening: SubordinateOpening().IsMatch(raw),
            WaitsForMore: NeedsObject().IsMatch(raw) || IntroducingVerbAtEnd().IsMatch(raw),
            OnlyLeadsIn: OnlyLeadsIn(clause),
            Predicate: ChinesePredicates.HasPredicate(clause),
            Figure: Quantity().IsMatch(clause),
            // …的同志 is the noun the verb waits for; …的及时提醒 is the verb itself (对问题突出的严肃处理).
            PrepositionalOnly: PrepositionalPhraseOnly().Match(clause) is { Success: true } prepositional
                               && !ChinesePredicates.HasPredicate(prepositional.Groups["noun"].Value));
        return cache[raw] = facts;
    }

    private static bool OnlyLeadsIn(string clause) =>
        LeadInVerb().Match(clause) is { Success: true } lead && !ChinesePredicates.HasPredicate(clause[lead.Length..]);

    [GeneratedRegex(@"^(?:\d+年|\d+月|今年|去年|明年|目前|当前|近年来|近年|此前|今后|下一步|截至|截止)|(?:年|月|日|初|底|末|以来|期间|前|后)$")]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"^(?:通过|结合|依托|围绕|按照|根据|依据|针对|借助|对照|基于|本着|遵循|紧扣|聚焦|面向|对标)")]
    private static partial Regex LeadInVerb();

    private static bool Acceptable(string text, string heading, bool parallel = false) =>
        IsWhole(text, parallel) && (heading.Length == 0 || !PhraseOverlap.IsNearDuplicate(Normalize(heading), text));

    private static string Normalize(string heading) => heading.TrimEnd('。', '；', '！');

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '“' or '《' or '（' or '‘' or '(') depth++;
            else if (c is '”' or '》' or '）' or '’' or ')') depth--;
            if (depth < 0) return false;
        }
        return depth == 0;
    }

    // A phrase that leans on the one before it: a figure whose subject came earlier, a list's continuation, a pronoun,
    // a 是 whose subject is in the clause before (是全市改革攻坚的重要一年), the 也 half of 既…也.
    [GeneratedRegex(@"^(?:是(?!否)|也(?!是)|分别|同比|比上年|其中|以及|及其|并且|而且|或者|还是|等等|等|这些|这个|这种|这样|那些|那样|此外|该|其|它|上述|以上)")]
    private static partial Regex DependentOpening();

    // 以茶叶、竹笋、山核桃等特色产品为重点: a frame that leads into the clause after it.
    [GeneratedRegex(@"^(?:已经|正在|还要|也要|要|将|还|也|都|进一步)?(?:以|把|将|按照|围绕|通过|依托|借助|结合|针对|对照|对于|关于|从).{0,30}(?:为重点|为抓手|为牵引|为主线|为核心|为目标|为导向|为载体|为契机|为突破口|为引领|为基础|为依托|为支撑|为切入点|方面|为主|之际|之机|的基础上)$")]
    private static partial Regex FrameLeadIn();

    // 由于缺乏工作经验, 如果…, 为了…: a subordinate clause that needs its main clause.
    [GeneratedRegex(@"^(?:由于|因为|如果|假如|虽然|尽管|即使|哪怕|为了|随着|只要|只有|除了|无论|不管|一旦|经过|通过|凡是)")]
    private static partial Regex SubordinateOpening();

    [GeneratedRegex(@"^(?:由于|因为|如果|假如|虽然|尽管|即使|哪怕|为了|随着|只要|除了|无论|不管|一旦|凡是)")]
    private static partial Regex SubordinateOnly();

    // 对工作中出现困难的同志, 向困难群众: a prepositional phrase whose noun waits for the verb of the next clause.
    [GeneratedRegex(@"^(?:对|对于|向|给|跟|替)[^，]{2,}的(?<noun>[^，的]{1,4})$")]
    private static partial Regex PrepositionalPhraseOnly();



    // A verb or preposition at the end waits for its object: 作为, 成为, 通过, 对, 把, 在.
    [GeneratedRegex(@"(?:作为|成为|通过|对于|关于|按照|根据|以及|包括|涉及|为了|由于|进行|开展|实现|加强|推进|推动|坚持|提高|提升|是|为|对|把|将|在|从|向|让|使|被|给|跟|同|等|如|即)$")]
    private static partial Regex NeedsObject();

    // Transitions and thanks: what the speaker says between points, not one of them.
    [GeneratedRegex(@"^(?:谢谢|感谢|下面|接下来|最后|借此机会|在此|总之|总而言之|综上)")]
    private static partial Regex FillerOpening();

    [GeneratedRegex(@"以下|如下|下面我|我讲|讲几点|谈几点|几点意见")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|其[一二三四五六七八九十])")]
    private static partial Regex InlineItem();

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
    private static List<string> SplitClauses(string sentence)
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

    [GeneratedRegex(@"^(?:因此|因而|所以|同时|此外|另外|而且|并且|并|但是|但|然而|其中|特别是|尤其是|总之|只有|才能|从而|进而|还要|也要|更要|就要|必须|我们要|我们|大家要|大家|要(?![素求点害领件闻务员])|也|这就要求|这是|这|即|比如|例如|譬如|又比如)+")]
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
            // "我们的基本考虑", "这样的改变": the connective was part of a word or a noun phrase, and stays.
            var cutAWord = withoutConnective.Length > 0 && "的地得之样些种个么".Contains(withoutConnective[0]);
            text = withoutConnective.Length >= 4 && !cutAWord ? withoutConnective : withoutLead;
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
        // 以提高服务质量为目标，以窗口作风评议为抓手: same frame, fillings of different length.
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

    /// <summary>
    /// The features of the phrase's own words (see <see cref="ChineseBulletModel"/>), plus where it stands: clauses
    /// <paramref name="from"/>..<paramref name="to"/> of a sentence of <paramref name="clauses"/> clauses.
    /// </summary>
    private static double[] Features(string text, Clause opening, int from, int to, int clauses, bool lastSentenceOfParagraph, int paragraphs)
    {
        var f = new double[ChineseBulletModel.Count];
        void Set(ChineseBulletModel.Feature feature, double value = 1) => f[(int)feature] = value;
        Set(ChineseBulletModel.Feature.Bias);
        var length = text.Length;
        Set(length < 6 ? ChineseBulletModel.Feature.Shorter6 : length < 8 ? ChineseBulletModel.Feature.Length6To8
            : length <= 30 ? ChineseBulletModel.Feature.Length8To30 : ChineseBulletModel.Feature.LongerThan30);
        // A report's facts are its figures (家访600多户, 开展上党课16次); two figures in one phrase are a fact and its measure.
        var figures = Quantity().Count(text);
        if (figures > 0) Set(figures > 1 ? ChineseBulletModel.Feature.TwoFigures : ChineseBulletModel.Feature.OneFigure);
        if (text.Contains('《')) Set(ChineseBulletModel.Feature.BookTitle);
        var items = text.Split('、');
        if (items.Length >= 3) Set(items.All(item => item.Length <= 12) ? ChineseBulletModel.Feature.ShortEnumeration : ChineseBulletModel.Feature.LongEnumeration);
        else if (items.Length == 2) Set(ChineseBulletModel.Feature.TwoItems);
        if (Question().IsMatch(text)) Set(ChineseBulletModel.Feature.Question);
        if (opening.Asks) Set(ChineseBulletModel.Feature.AskedQuestion);
        // "清醒地看到" / "必须认识到" introduce what follows; the content is in the next clause.
        if (IntroducingVerbAtEnd().IsMatch(text)) Set(ChineseBulletModel.Feature.IntroducesWhatFollows);
        // "重点抓好以下三个方面的工作" announces the points; it is not one of them.
        if (Announcement().IsMatch(text)) Set(ChineseBulletModel.Feature.Announcement);
        if (text.Contains('“')) Set(ChineseBulletModel.Feature.Quotation);
        if (ActionVerb().IsMatch(text)) Set(ChineseBulletModel.Feature.ActionVerbOpening);
        if (Pronoun().IsMatch(text)) Set(ChineseBulletModel.Feature.Pronoun);
        if (ConditionalOpening().IsMatch(text)) Set(ChineseBulletModel.Feature.ConditionalOpening);
        if (!Scripts.IsChinese(text)) Set(ChineseBulletModel.Feature.NotChinese);
        // Redacted names (**) are kept as written, but a bullet full of stars reads badly on a slide.
        if (text.Contains('*')) Set(ChineseBulletModel.Feature.Redacted);
        if (ChinesePredicates.OpensWithPredicate(text)) Set(ChineseBulletModel.Feature.OpensWithPredicate);
        if (from == 0) Set(ChineseBulletModel.Feature.FirstClauseOfSentence);
        if (from == 0 && opening.Sentence == 0) Set(ChineseBulletModel.Feature.OpensParagraph);
        if (to == clauses - 1) Set(ChineseBulletModel.Feature.LastClauseOfSentence);
        if (from == 0 && to == clauses - 1) Set(ChineseBulletModel.Feature.WholeSentence);
        if (lastSentenceOfParagraph && opening.Sentence > 0) Set(ChineseBulletModel.Feature.LastSentenceOfParagraph);
        if (opening.Sentence > 0) Set(ChineseBulletModel.Feature.LaterSentenceOfParagraph);
        if (paragraphs > 1) Set(ChineseBulletModel.Feature.ParagraphPosition, opening.Paragraph / (paragraphs - 1.0));
        return f;
    }

    [GeneratedRegex("如何|怎样|怎么|是否|多少")]
    private static partial Regex Question();

    [GeneratedRegex("(?:看到|认识到|意识到|指出|强调|表明|要求|来讲|来说|而言|上讲|总的看)$")]
    private static partial Regex IntroducingVerbAtEnd();

    [GeneratedRegex("以下|如下|下面")]
    private static partial Regex Announcement();

    [GeneratedRegex("^(?:如果|虽然|尽管|无论|即使|对于|关于|面对|随着|根据|按照)")]
    private static partial Regex ConditionalOpening();

    // A quoted list of two or more items and, when it is short, the name that follows it up to the clause's end.
    [GeneratedRegex(@"“[^“”，。；]{1,16}、[^“”，。；]{1,60}”(?:[^“”，。；：！？\s]{1,8}(?=[，。；：！？]|$))?")]
    private static partial Regex QuotedList();
}
