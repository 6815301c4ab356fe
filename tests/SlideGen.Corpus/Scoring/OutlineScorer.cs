using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SlideGen.Corpus.Scoring;

/// <summary>
/// A port of ../shared/tools/score_outline.py, the project's official outline scorer: a predicted outline (the JSON of
/// <c>slidegen outline --json</c>) against a gold outline. Same figures, same rounding, same names; the Python file's
/// comments explain the rules, which are kept here in the same order.
/// </summary>
public static partial class OutlineScorer
{
    // Python's \s (str.isspace) includes U+001C to U+001F, which .NET's \s does not: spelled out.
    private const string Space = @"[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";

    private const string MarkerPattern =
        "^" + Space + @"*(?:[（(]?[一二三四五六七八九十百]+[)）、.．]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[、，,是]?|" +
        @"首先|其次|再次|最后|[（(]?\d+[)）、.．]|\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z][.)]|#+)" + Space + "*";

    private const string PunctPattern = @"[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000，。、；：！？,.;:!?“”""‘’'（）()《》<>\-—…·*]+";

    [GeneratedRegex(MarkerPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(PunctPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Punct();

    public static string Norm(string? s)
    {
        s ??= "";
        for (var i = 0; i < 2; i++)
            s = Marker().Replace(s, "", 1);
        return PyText.Lower(Punct().Replace(s, ""));
    }

    public static double Sim(string? a, string? b)
    {
        a = Norm(a);
        b = Norm(b);
        if (a.Length == 0 || b.Length == 0) return 0.0;
        int la = PyText.Length(a), lb = PyText.Length(b);
        if (la >= 4 && lb >= 4 && (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal)))
            return (double)Math.Min(la, lb) / Math.Max(la, lb) * 0.5 + 0.5;
        return SequenceMatcher.Ratio(a, b);
    }

    /// <summary>Character bigrams of the text without punctuation, lower-cased; a one-character text is its own bigram.</summary>
    public static List<string> Bigrams(string? s)
    {
        var cps = PyText.CodePoints(PyText.Lower(Punct().Replace(s ?? "", "")));
        var result = new List<string>();
        for (var i = 0; i < cps.Length - 1; i++)
            result.Add(char.ConvertFromUtf32(cps[i]) + char.ConvertFromUtf32(cps[i + 1]));
        if (result.Count == 0 && cps.Length > 0) result.Add(char.ConvertFromUtf32(cps[0]));
        return result;
    }

    private static Dictionary<string, int> Counter(IEnumerable<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items) counts[item] = counts.GetValueOrDefault(item) + 1;
        return counts;
    }

    private static int Intersection(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(e => Math.Min(e.Value, b.GetValueOrDefault(e.Key)));

    public static double OverlapF1(string? a, string? b)
    {
        List<string> la = Bigrams(a), lb = Bigrams(b);
        if (la.Count == 0 || lb.Count == 0) return 0.0;
        var inter = Intersection(Counter(la), Counter(lb));
        if (inter == 0) return 0.0;
        double p = (double)inter / lb.Count, r = (double)inter / la.Count;
        return 2 * p * r / (p + r);
    }

    /// <summary>Share of the phrase's bigrams found in the bullet: a bullet that keeps the phrase scores 1 whatever its length.</summary>
    public static double Contained(string? phrase, string? bullet)
    {
        var a = Counter(Bigrams(phrase));
        var b = Counter(Bigrams(bullet));
        var total = a.Values.Sum();
        return total != 0 ? (double)Intersection(a, b) / total : 0.0;
    }

    private sealed record Node(int Depth, JsonObject Json, int? Parent);

    private static List<Node> Flatten(JsonNode? nodes)
    {
        var output = new List<Node>();
        void Walk(JsonNode? list, int depth, int? parent)
        {
            if (!PyText.Truthy(list) || list is not JsonArray array) return;
            foreach (var n in array.OfType<JsonObject>())
            {
                var index = output.Count;
                output.Add(new Node(depth, n, parent));
                Walk(n["children"], depth + 1, index);
            }
        }
        Walk(nodes, 1, null);
        return output;
    }

    private static IEnumerable<string> Strings(JsonNode? list) =>
        PyText.Truthy(list) && list is JsonArray array ? array.Select(PyText.Str) : [];

    public static OutlineScore Score(JsonObject gold, JsonObject pred)
    {
        var g = Flatten(gold["sections"]);
        var p = Flatten(pred["sections"]);
        var used = new HashSet<int>();
        var matched = new List<(JsonObject Gold, int Pred)>();
        var req = g.Where(x => !PyText.Truthy(x.Json["optional"])).ToList();
        var opt = g.Where(x => PyText.Truthy(x.Json["optional"])).ToList();
        var anyDepth = PyText.Truthy(gold["any_depth"]);
        foreach (var gn in req.Concat(opt))
        {
            var best = 0.0;
            int? bi = null;
            for (var i = 0; i < p.Count; i++)
            {
                if (used.Contains(i) || (p[i].Depth != gn.Depth && !anyDepth)) continue;
                var s = Sim(PyText.Str(gn.Json["heading"]), PyText.Str(p[i].Json["heading"]));
                if (s > best) (best, bi) = (s, i);
            }
            if (bi is { } hit && best >= 0.75)
            {
                used.Add(hit);
                matched.Add((gn.Json, hit));
            }
        }
        var reqHit = matched.Count(m => !PyText.Truthy(m.Gold["optional"]));
        var optHit = matched.Count - reqHit;
        var recall = req.Count > 0 ? (double)reqHit / req.Count : 1.0;
        double F1Of(double pr) => pr + recall != 0 ? 2 * pr * recall / (pr + recall) : 0.0;

        // Unmatched predictions below a prediction matched to a gold leaf are left out of precision.
        var leafHits = used.Where(i => !PyText.Truthy(matched.First(m => m.Pred == i).Gold["children"])).ToHashSet();
        bool BelowLeaf(int i)
        {
            for (var j = p[i].Parent; j is { } k; j = p[k].Parent)
                if (leafHits.Contains(k)) return true;
            return false;
        }
        var below = Enumerable.Range(0, p.Count).Count(i => !used.Contains(i) && BelowLeaf(i));
        var counted = p.Count - below;
        var precision = counted != 0 ? (double)(reqHit + optHit) / counted : 0.0;
        var precisionStrict = p.Count != 0 ? (double)(reqHit + optHit) / p.Count : 0.0;
        double f1 = F1Of(precision), f1Strict = F1Of(precisionStrict);

        // Key phrases: kept when one bullet of the matched point holds 70% of the phrase's bigrams.
        int kpTotal = 0, kpHit = 0, kpHitF1 = 0;
        foreach (var (gn, pi) in matched)
        {
            var bullets = Strings(p[pi].Json["bullets"]).ToList();
            foreach (var phrase in Strings(gn["key_phrases"]))
            {
                kpTotal++;
                if (bullets.Select(b => Contained(phrase, b)).Append(0.0).Max() >= 0.7) kpHit++;
                if (bullets.Select(b => OverlapF1(phrase, b)).Append(0.0).Max() >= 0.5) kpHitF1++;
            }
        }
        foreach (var gn in req.Select(x => x.Json))
            if (PyText.Truthy(gn["key_phrases"]) && !matched.Any(m => ReferenceEquals(m.Gold, gn)))
                kpTotal += Strings(gn["key_phrases"]).Count();

        // Bullet shape on the leaves of the prediction.
        var leaves = p.Where(n => !PyText.Truthy(n.Json["children"])).ToList();
        var allBullets = leaves.SelectMany(n => Strings(n.Json["bullets"])).ToList();
        var language = PyText.Truthy(pred["language"]) ? PyText.Str(pred["language"])
            : PyText.Truthy(gold["language"]) ? PyText.Str(gold["language"]) : "zh";
        var maxLength = language.StartsWith("zh", StringComparison.Ordinal) ? 40 : 120;
        var tooLong = allBullets.Count(b => PyText.Length(b) > maxLength);
        var badCount = leaves.Count(n => Strings(n.Json["bullets"]).Count() is < 2 or > 7);
        var text = PyText.JsonDumps(pred);
        var noise = Strings(gold["noise"]).Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();

        bool? titleOk = null;
        if (PyText.Truthy(gold["title"]))
        {
            var goldTitle = PyText.Str(gold["title"]);
            var predTitle = PyText.Str(pred["title"]);
            var normGold = Norm(goldTitle);
            titleOk = Sim(goldTitle, predTitle) >= 0.8
                || (PyText.Length(normGold) >= 4 && Norm(predTitle).Contains(normGold, StringComparison.Ordinal));
        }

        return new OutlineScore
        {
            TitleOk = titleOk,
            Precision = PyText.Round(precision, 3),
            Recall = PyText.Round(recall, 3),
            F1 = PyText.Round(f1, 3),
            F1Strict = PyText.Round(f1Strict, 3),
            BelowGoldLeaves = below,
            GoldRequired = req.Count,
            Predicted = p.Count,
            MatchedRequired = reqHit,
            KpRecall = kpTotal != 0 ? PyText.Round((double)kpHit / kpTotal, 3) : null,
            KpTotal = kpTotal,
            KpRecallF1 = kpTotal != 0 ? PyText.Round((double)kpHitF1 / kpTotal, 3) : null,
            Leaves = leaves.Count,
            Bullets = allBullets.Count,
            BulletsTooLong = tooLong,
            LeavesBadBulletCount = badCount,
            NoiseLeaked = noise,
        };
    }

    /// <summary>The gold outline's required leaves: the points a deck of it would give a slide each.</summary>
    public static int GoldPoints(JsonObject gold) =>
        Flatten(gold["sections"]).Count(n => !PyText.Truthy(n.Json["optional"]) && !PyText.Truthy(n.Json["children"]));
}
