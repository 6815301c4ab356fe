using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlideGen.Corpus;

/// <summary>The means over the corpus.</summary>
public sealed record CorpusSummary(
    int Documents, int Scored, double MeanF1, int TitlesRight, int TitlesJudged, double? MeanKpRecall, int DocumentsWithKeyPhrases,
    int DocumentsWithNoise, int Slides, int GoldSlides)
{
    public static CorpusSummary Of(IReadOnlyList<CorpusResult> results)
    {
        var scored = results.Where(r => r.Score is not null).Select(r => r.Score!).ToList();
        var withKp = scored.Where(s => s.KpRecall is not null).ToList();
        return new CorpusSummary(
            results.Count,
            scored.Count,
            scored.Count > 0 ? scored.Average(s => s.F1) : 0,
            scored.Count(s => s.TitleOk == true),
            scored.Count(s => s.TitleOk is not null),
            withKp.Count > 0 ? withKp.Average(s => s.KpRecall!.Value) : null,
            withKp.Count,
            scored.Count(s => s.NoiseLeaked.Count > 0),
            results.Sum(r => r.Slides ?? 0),
            results.Sum(r => r.GoldPoints + 4));
    }
}

/// <summary>The corpus table for people and the same figures as JSON for machines.</summary>
public static class CorpusReport
{
    private static readonly string[] Header = ["document", "F1", "P", "R", "title", "noise", "kp", "slides", "gold+4"];

    public static string Table(IReadOnlyList<CorpusResult> results)
    {
        var rows = new List<string[]> { Header };
        foreach (var r in results)
        {
            if (r.Score is not { } s)
            {
                rows.Add([r.Name, "error", "", "", "", "", "", "", Int(r.GoldPoints + 4)]);
                continue;
            }
            rows.Add([
                r.Name, Fixed(s.F1), Fixed(s.Precision), Fixed(s.Recall),
                s.TitleOk switch { true => "yes", false => "NO", null => "-" },
                Int(s.NoiseLeaked.Count), s.KpRecall is { } kp ? Fixed(kp) : "-",
                r.Slides is { } slides ? Int(slides) : "error", Int(r.GoldPoints + 4),
            ]);
        }
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }
        foreach (var r in results.Where(r => r.Error is not null))
            text.Append(r.Name).Append(": ").Append(r.Error).Append('\n');
        var m = CorpusSummary.Of(results);
        text.Append('\n')
            .Append("mean F1 ").Append(Fixed(m.MeanF1))
            .Append(" · titles right ").Append(Int(m.TitlesRight)).Append('/').Append(Int(m.TitlesJudged))
            .Append(" · mean kp_recall ").Append(m.MeanKpRecall is { } mk ? Fixed(mk) : "-")
            .Append(" (").Append(Int(m.DocumentsWithKeyPhrases)).Append(" documents with key phrases)")
            .Append(" · documents with noise ").Append(Int(m.DocumentsWithNoise)).Append('/').Append(Int(m.Scored))
            .Append(" · slides ").Append(Int(m.Slides)).Append(" (gold+4: ").Append(Int(m.GoldSlides)).Append(')')
            .Append('\n');
        return text.ToString();
    }

    public static string Json(string corpus, IReadOnlyList<CorpusResult> results)
    {
        var documents = new JsonArray();
        foreach (var r in results)
        {
            var document = new JsonObject
            {
                ["name"] = r.Name,
                ["score"] = r.Score is null ? null : JsonSerializer.SerializeToNode(r.Score),
                ["slides"] = r.Slides,
                ["gold_points"] = r.GoldPoints,
                ["error"] = r.Error,
                ["seconds"] = Math.Round(r.Elapsed.TotalSeconds, 3),
            };
            documents.Add(document);
        }
        var m = CorpusSummary.Of(results);
        var root = new JsonObject
        {
            ["corpus"] = corpus,
            ["documents"] = documents,
            ["summary"] = new JsonObject
            {
                ["documents"] = m.Documents,
                ["scored"] = m.Scored,
                ["mean_f1"] = Math.Round(m.MeanF1, 3),
                ["titles_right"] = m.TitlesRight,
                ["titles_judged"] = m.TitlesJudged,
                ["mean_kp_recall"] = m.MeanKpRecall is { } kp ? Math.Round(kp, 3) : null,
                ["documents_with_key_phrases"] = m.DocumentsWithKeyPhrases,
                ["documents_with_noise"] = m.DocumentsWithNoise,
                ["slides"] = m.Slides,
                ["gold_slides"] = m.GoldSlides,
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
