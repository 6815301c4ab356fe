using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlideGen.Corpus.Scoring;
using SlideGen.KeyPhrases;
using SlideGen.Sections;

namespace SlideGen.Corpus;

/// <summary>
/// Sets the weights of <see cref="ChineseBulletModel"/> on the corpus as a whole (issue 14): every candidate phrase of
/// every point of the Chinese documents with gold key phrases, labelled 1 when it holds at least 70% of the bigrams of
/// one of the document's gold phrases (the scorer's test), fits an L2-regularised logistic regression. Documents with the
/// same gold phrases (a .txt and its .docx) are one fold; leave-one-fold-out gives each document's key-phrase recall with
/// weights fitted without it, the honest figure. Prints the figures and the weights as the C# array to paste.
/// The corpus text is read at run time from ../shared/corpus and never written anywhere.
/// </summary>
public static class BulletModelFit
{
    /// <summary>One candidate; <paramref name="Group"/> numbers the point it competes in (the picker chooses within a point).</summary>
    private sealed record Sample(double[] Features, bool Positive, int Group);

    private sealed record Fold(string Key, List<CorpusDocument> Documents, List<Sample> Samples);

    /// <summary>L2 weight per candidate: keeps the weights of rare features near their hand-set values.</summary>
    public static readonly double Regularisation = Setting("SLIDEGEN_FIT_L2", 0.02);

    /// <summary>The picker's stops for the fitted weights (scores compare candidates of one point; they are not probabilities).</summary>
    public static readonly double EnoughBelow = Setting("SLIDEGEN_FIT_ENOUGH", -1), NoneBelow = Setting("SLIDEGEN_FIT_NONE", -3);

    // Settings a trial run may change without a build (SLIDEGEN_FIT_L2=0.01 dotnet run … fit).
    private static double Setting(string variable, double otherwise) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var value) ? value : otherwise;

    public static int Run(string corpus)
    {
        var folds = new Dictionary<string, Fold>(StringComparer.Ordinal);
        foreach (var document in CorpusDocuments.List(corpus))
        {
            var gold = JsonNode.Parse(File.ReadAllText(document.GoldPath))!.AsObject();
            var phrases = GoldPhrases(gold["sections"]).ToList();
            if (phrases.Count == 0) continue;
            var outline = SlideGenerator.BuildOutline(SlideGenerator.Read(document.InputPath));
            if (outline.Language != "zh") continue;
            var key = string.Join("\n", phrases);
            if (!folds.TryGetValue(key, out var fold))
            {
                folds[key] = fold = new Fold(key, [], Samples(outline, phrases));
                // What no candidate holds, the model cannot pick: the ceiling of the picking.
                var texts = SectionDetector.Flatten(outline.Sections).Where(n => n.Body.Length > 0)
                    .SelectMany(n => ChineseKeyPhrases.CandidatesOf(n.Body, n.Title)).Select(c => c.Text).ToList();
                var missing = phrases.Where(p => !texts.Any(t => OutlineScorer.Contained(p, t) >= 0.7)).ToList();
                Console.Out.Write($"{document.Name}: {phrases.Count} gold phrases, {missing.Count} in no candidate\n");
                if (Environment.GetEnvironmentVariable("SLIDEGEN_FIT_SHOW") is not null)
                    foreach (var phrase in missing) Console.Error.Write("  no candidate: " + phrase + "\n");
            }
            fold.Documents.Add(document);
        }
        var all = folds.Values.ToList();
        Console.Out.Write($"{all.Count} folds, {all.Sum(f => f.Samples.Count)} candidates, {all.Sum(f => f.Samples.Count(s => s.Positive))} positive\n");

        var samplesOfAll = all.SelectMany(f => f.Samples).ToList();
        var names = Enum.GetNames<ChineseBulletModel.Feature>();
        Console.Out.Write($"base rate {samplesOfAll.Count(x => x.Positive) / (double)samplesOfAll.Count:0.00}; per feature: candidates it fires on, share of them holding a gold phrase\n");
        for (var i = 1; i < names.Length; i++)
        {
            var firing = samplesOfAll.Where(x => x.Features[i] != 0).ToList();
            if (firing.Count > 0) Console.Out.Write($"  {names[i],-34} {firing.Count,5} {firing.Count(x => x.Positive) / (double)firing.Count,5:0.00}\n");
        }
        var before = Recall(all, null);
        var heldOut = new Dictionary<string, double?>();
        foreach (var fold in all)
        {
            var weights = Fit(all.Where(f => f != fold).SelectMany(f => f.Samples).ToList());
            foreach (var (name, kp) in Recall([fold], weights)) heldOut[name] = kp;
        }
        var fitted = Fit(all.SelectMany(f => f.Samples).ToList());
        var onAll = Recall(all, fitted);

        Console.Out.Write($"{"document",-60} {"now",6} {"LOO",6} {"fit",6}\n");
        foreach (var (name, kp) in before)
            Console.Out.Write($"{name,-60} {kp,6:0.000} {heldOut[name],6:0.000} {onAll[name],6:0.000}\n");
        Console.Out.Write($"{"mean",-60} {before.Values.Average(),6:0.000} {heldOut.Values.Average(),6:0.000} {onAll.Values.Average(),6:0.000}\n\n");
        Console.Out.Write(CSharp(fitted));
        Console.Out.Write($"    EnoughBelow = {EnoughBelow}, NoneBelow = {NoneBelow}\n");
        return 0;
    }

    private static IEnumerable<string> GoldPhrases(JsonNode? sections)
    {
        foreach (var node in sections?.AsArray() ?? [])
        {
            foreach (var phrase in node!["key_phrases"]?.AsArray() ?? []) yield return phrase!.GetValue<string>();
            foreach (var phrase in GoldPhrases(node["children"])) yield return phrase;
        }
    }

    /// <summary>The candidates of every point whose text holds at least one gold phrase; points without one teach nothing.</summary>
    private static int nextGroup;

    private static List<Sample> Samples(Outline outline, List<string> phrases)
    {
        var samples = new List<Sample>();
        foreach (var node in SectionDetector.Flatten(outline.Sections))
        {
            if (node.Body.Length == 0) continue;
            var candidates = ChineseKeyPhrases.CandidatesOf(node.Body, node.Title);
            var group = nextGroup++;
            if (Environment.GetEnvironmentVariable("SLIDEGEN_FIT_RANKS") is { } only && outline.Title.Contains(only, StringComparison.Ordinal))
            {
                // Where the candidates that hold a gold phrase rank among their point's (the picker takes about 7).
                Console.Error.Write($"## {node.Title}\n");
                var rank = 0;
                foreach (var c in candidates.OrderByDescending(c => ChineseBulletModel.Score(c.Features)))
                {
                    var positive = phrases.Any(p => OutlineScorer.Contained(p, c.Text) >= 0.7);
                    if (positive || rank < 8) Console.Error.Write($"  {rank,3} {(positive ? '+' : ' ')} {ChineseBulletModel.Score(c.Features),5:0.0} {c.Text}\n");
                    rank++;
                }
            }
            var labelled = candidates.Select(c => new Sample(c.Features, phrases.Any(p => OutlineScorer.Contained(p, c.Text) >= 0.7), group)).ToList();
            if (labelled.Any(s => s.Positive)) samples.AddRange(labelled);
        }
        return samples;
    }

    private static Dictionary<string, double?> Recall(List<Fold> folds, double[]? weights)
    {
        using var trial = weights is null ? null : ChineseBulletModel.Use(weights, EnoughBelow, NoneBelow);
        return folds.SelectMany(f => f.Documents).ToDictionary(d => d.Name, d => CorpusRunner.Run(d).Score?.KpRecall);
    }

    /// <summary>
    /// Conditional logit (the picker chooses within a point, so a candidate is compared only with its point's others):
    /// maximises, for each point, the mean log-probability of its candidates that hold a gold phrase under a softmax over
    /// all its candidates. Gradient descent (Adam) from the hand-set weights, pulled towards them (L2). A point's base
    /// rate (long points have many candidates and few gold phrases) cancels out, so the bias is not fitted.
    /// </summary>
    private static double[] Fit(List<Sample> samples)
    {
        var n = ChineseBulletModel.Count;
        var groups = samples.GroupBy(x => x.Group).Where(g => g.Any(x => x.Positive) && g.Any(x => !x.Positive)).Select(g => g.ToList()).ToList();
        var w = ChineseBulletModel.Prior.ToArray();
        w[0] = 0;
        var m = new double[n];
        var v = new double[n];
        const double rate = 0.05;
        for (var step = 1; step <= 800; step++)
        {
            var gradient = new double[n];
            foreach (var group in groups)
            {
                var scores = group.Select(x => { var z = 0.0; for (var i = 0; i < n; i++) z += w[i] * x.Features[i]; return z; }).ToArray();
                var max = scores.Max();
                var exp = scores.Select(z => Math.Exp(z - max)).ToArray();
                var sum = exp.Sum();
                var expected = new double[n];
                for (var k = 0; k < group.Count; k++)
                    for (var i = 0; i < n; i++) expected[i] += exp[k] / sum * group[k].Features[i];
                var positives = group.Count(x => x.Positive);
                foreach (var x in group.Where(x => x.Positive))
                    for (var i = 0; i < n; i++) gradient[i] -= (x.Features[i] - expected[i]) / positives;
            }
            for (var i = 1; i < n; i++)
            {
                var g = gradient[i] / groups.Count + Regularisation * (w[i] - ChineseBulletModel.Prior[i]);
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                var mHat = m[i] / (1 - Math.Pow(0.9, step));
                var vHat = v[i] / (1 - Math.Pow(0.999, step));
                w[i] -= rate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }
        return w;
    }

    private static string CSharp(double[] weights)
    {
        var text = new StringBuilder("    private static readonly double[] Fitted =\n    [\n");
        var names = Enum.GetNames<ChineseBulletModel.Feature>();
        for (var i = 0; i < weights.Length; i++)
            text.Append(CultureInfo.InvariantCulture, $"        /* {names[i]} */ {Math.Round(weights[i], 2).ToString("0.##", CultureInfo.InvariantCulture)},\n");
        return text.Append("    ];\n").ToString();
    }
}
