using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlideGen.Corpus;

/// <summary>The least one document must keep: heading F1, a right title, at most so much noise, key-phrase recall.</summary>
public sealed record DocumentFloor
{
    public decimal MinF1 { get; init; }
    /// <summary>The title must be right (it was when the floor was recorded).</summary>
    public bool TitleRight { get; init; }
    public int MaxNoise { get; init; }
    /// <summary>Null when the gold has no key phrases.</summary>
    public decimal? MinKpRecall { get; init; }
}

/// <summary>
/// The floors file (tests/SlideGen.Tests/Corpus/corpus-floors.json): per document, the scores it may not drop below.
/// Floors are today's scores rounded down to 2 decimals; they are raised with <c>--write-floors</c>, never lowered
/// without <c>--allow-lower</c>.
/// </summary>
public static class CorpusFloors
{
    private const string About =
        "Per document of ../shared/corpus, the least its outline must score (tests/SlideGen.Tests/Corpus/CorpusFloorTests.cs). " +
        "Rewrite from the current scores with: dotnet run --project tests/SlideGen.Corpus -c Release -- --write-floors " +
        "(raises floors; add --allow-lower to lower one). See tests/SlideGen.Corpus/README.md.";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SortedDictionary<string, DocumentFloor> Read(string path)
    {
        var floors = new SortedDictionary<string, DocumentFloor>(StringComparer.Ordinal);
        if (!File.Exists(path)) return floors;
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var (name, node) in root["documents"]?.AsObject() ?? [])
        {
            var floor = node!.AsObject();
            floors[name] = new DocumentFloor
            {
                MinF1 = floor["min_f1"]?.GetValue<decimal>() ?? 0m,
                TitleRight = floor["title_right"]?.GetValue<bool>() ?? false,
                MaxNoise = floor["max_noise"]?.GetValue<int>() ?? int.MaxValue,
                MinKpRecall = floor["min_kp_recall"]?.GetValue<decimal>(),
            };
        }
        return floors;
    }

    /// <summary>Writes the floors one document a line, in ordinal order of the names, so that a raised floor is a one-line diff.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, DocumentFloor> floors)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"about\": ").Append(JsonValue.Create(About).ToJsonString(WriteOptions)).Append(",\n  \"documents\": {");
        var first = true;
        foreach (var (name, floor) in floors.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(first ? "\n    " : ",\n    ");
            first = false;
            text.Append(JsonValue.Create(name).ToJsonString(WriteOptions))
                .Append(": {\"min_f1\": ").Append(D(floor.MinF1))
                .Append(", \"title_right\": ").Append(floor.TitleRight ? "true" : "false")
                .Append(", \"max_noise\": ").Append(floor.MaxNoise.ToString(CultureInfo.InvariantCulture))
                .Append(", \"min_kp_recall\": ").Append(floor.MinKpRecall is { } kp ? D(kp) : "null")
                .Append('}');
        }
        text.Append("\n  }\n}\n");
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>A figure rounded down to 2 decimals (0.479 -> 0.47), as a floor is recorded.</summary>
    public static decimal RoundDown(double value) => Math.Floor((decimal)value * 100m) / 100m;

    /// <summary>The floor today's result gives: its scores rounded down, its title required if right, its noise as the ceiling.</summary>
    public static DocumentFloor FromResult(CorpusResult result) => new()
    {
        MinF1 = RoundDown(result.Score!.F1),
        TitleRight = result.Score.TitleOk == true,
        MaxNoise = result.Score.NoiseLeaked.Count,
        MinKpRecall = result.Score.KpRecall is { } kp ? RoundDown(kp) : null,
    };

    /// <summary>One line per document below its floor (naming it and each figure), and per floored document missing from the run.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyDictionary<string, DocumentFloor> floors, IReadOnlyList<CorpusResult> results)
    {
        var failures = new List<string>();
        var byName = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var (name, floor) in floors.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(name, out var result))
            {
                failures.Add($"{name}: has a floor but is not in the corpus (or has no gold outline); run --write-floors --allow-lower to drop it");
                continue;
            }
            if (result.Score is not { } score)
            {
                failures.Add($"{name}: {result.Error}");
                continue;
            }
            var problems = new List<string>();
            if ((decimal)score.F1 < floor.MinF1) problems.Add($"heading F1 {Figure(score.F1)} < floor {D(floor.MinF1)}");
            if (floor.TitleRight && score.TitleOk != true) problems.Add("title no longer right");
            if (score.NoiseLeaked.Count > floor.MaxNoise)
                problems.Add($"noise leaked {score.NoiseLeaked.Count} > {floor.MaxNoise} ({string.Join(", ", score.NoiseLeaked.Select(n => '"' + n + '"'))})");
            if (floor.MinKpRecall is { } minKp && (score.KpRecall is not { } kp || (decimal)kp < minKp))
                problems.Add($"kp_recall {(score.KpRecall is { } k ? Figure(k) : "none")} < floor {D(minKp)}");
            if (problems.Count > 0) failures.Add($"{name}: {string.Join("; ", problems)}");
        }
        return failures;
    }

    /// <summary>
    /// The floors after this run: each figure raised to today's (rounded down); a figure below its floor keeps the floor
    /// unless <paramref name="allowLower"/>. Reports each change and each floor kept against a lower score.
    /// </summary>
    public static SortedDictionary<string, DocumentFloor> Update(
        IReadOnlyDictionary<string, DocumentFloor> old, IReadOnlyList<CorpusResult> results, bool allowLower, List<string> report)
    {
        var updated = new SortedDictionary<string, DocumentFloor>(StringComparer.Ordinal);
        foreach (var (name, floor) in old) updated[name] = floor;
        foreach (var result in results)
        {
            if (result.Score is null)
            {
                report.Add($"{result.Name}: not scored ({result.Error}); floor unchanged");
                continue;
            }
            var today = FromResult(result);
            if (!old.TryGetValue(result.Name, out var before))
            {
                updated[result.Name] = today;
                report.Add($"{result.Name}: new floor");
                continue;
            }
            var lower = new List<string>();
            decimal Pick(decimal was, decimal now, string what)
            {
                if (now >= was || allowLower) return now;
                lower.Add($"{what} {D(now)} < {D(was)}");
                return was;
            }
            var minF1 = Pick(before.MinF1, today.MinF1, "f1");
            var title = today.TitleRight || (before.TitleRight && !allowLower);
            if (before.TitleRight && !today.TitleRight && !allowLower) lower.Add("title wrong");
            var maxNoise = today.MaxNoise <= before.MaxNoise || allowLower ? today.MaxNoise : before.MaxNoise;
            if (today.MaxNoise > before.MaxNoise && !allowLower) lower.Add($"noise {today.MaxNoise} > {before.MaxNoise}");
            decimal? minKp = (before.MinKpRecall, today.MinKpRecall) switch
            {
                (null, var now) => now,
                ({ } was, null) when !allowLower => Keep(was, "kp_recall none", lower),
                (_, null) => null,
                ({ } was, { } now) => Pick(was, now, "kp_recall"),
            };
            var next = new DocumentFloor { MinF1 = minF1, TitleRight = title, MaxNoise = maxNoise, MinKpRecall = minKp };
            updated[result.Name] = next;
            if (lower.Count > 0) report.Add($"{result.Name}: kept floor, scores lower ({string.Join("; ", lower)}); --allow-lower to lower it");
            else if (next != before) report.Add($"{result.Name}: {Describe(before)} -> {Describe(next)}");
        }
        if (allowLower)
        {
            foreach (var name in old.Keys.Where(n => results.All(r => r.Name != n)))
            {
                updated.Remove(name);
                report.Add($"{name}: not in the corpus; floor dropped");
            }
        }
        return updated;
    }

    private static decimal Keep(decimal was, string why, List<string> lower)
    {
        lower.Add(why);
        return was;
    }

    private static string Describe(DocumentFloor f) =>
        $"f1 {D(f.MinF1)}, title {(f.TitleRight ? "right" : "-")}, noise <= {f.MaxNoise}, kp {(f.MinKpRecall is { } kp ? kp.ToString("0.00", CultureInfo.InvariantCulture) : "-")}";

    private static string D(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Figure(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
