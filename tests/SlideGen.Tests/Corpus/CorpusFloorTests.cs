using System.Globalization;
using System.Text.Json.Nodes;
using SlideGen.Cli.Commands;
using SlideGen.Corpus;
using SlideGen.Tests.EndToEnd;
using Xunit.Abstractions;

namespace SlideGen.Tests.Corpus;

/// <summary>The real documents of ../shared/corpus, scored in-process the first time a test asks.</summary>
internal static class RealCorpus
{
    public static string? Folder { get; } = CorpusDocuments.Find(RepositoryPaths.Root);

    public static string? Unavailable { get; } = CorpusDocuments.Unavailable(Folder);

    private static readonly Lazy<IReadOnlyList<CorpusResult>> Scored = new(() => CorpusRunner.Run(CorpusDocuments.List(Folder!)));

    public static IReadOnlyList<CorpusResult> Results => Scored.Value;
}

/// <summary>A fact that is skipped, saying why, when ../shared/corpus (or SLIDEGEN_CORPUS) is not there; CI has no corpus.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (RealCorpus.Unavailable is { } why) Skip = why;
    }
}

/// <summary>A corpus fact that also needs python3 and ../shared/tools/score_outline.py, the official scorer.</summary>
public sealed class CorpusWithPythonFactAttribute : FactAttribute
{
    public CorpusWithPythonFactAttribute()
    {
        if (RealCorpus.Unavailable is { } why) Skip = why;
        else if (ExternalProgram.Find("python3") is null) Skip = "python3 is not on PATH";
        else if (CorpusDocuments.PythonScorer(RealCorpus.Folder!) is null) Skip = "score_outline.py is not in ../shared/tools";
    }
}

/// <summary>
/// Issue 13: no document of the real corpus may drop below the floor recorded in Corpus/corpus-floors.json.
/// Raise floors with `dotnet run --project tests/SlideGen.Corpus -c Release -- --write-floors`.
/// </summary>
public class CorpusFloorTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_document_stays_at_or_above_its_floor()
    {
        var floors = CorpusFloors.Read(CorpusDocuments.FloorsPath(RepositoryPaths.Root));
        var results = RealCorpus.Results;
        output.WriteLine(CorpusReport.Table(results));

        var failures = CorpusFloors.Check(floors, results);

        Assert.NotEmpty(floors);
        Assert.True(failures.Count == 0,
            $"{failures.Count} document(s) of {RealCorpus.Folder} below the floor in tests/SlideGen.Tests/Corpus/corpus-floors.json:\n"
            + string.Join("\n", failures));
    }

    [CorpusWithPythonFact]
    public void The_port_gives_the_figures_score_outline_py_gives_on_every_document()
    {
        var scorer = CorpusDocuments.PythonScorer(RealCorpus.Folder!)!;
        var documents = CorpusDocuments.List(RealCorpus.Folder!).ToDictionary(d => d.Name);
        var folder = Directory.CreateTempSubdirectory("slidegen-corpus-");
        var mismatches = new List<string>();
        try
        {
            foreach (var result in RealCorpus.Results)
            {
                Assert.NotNull(result.OutlineJson);
                var outlinePath = Path.Combine(folder.FullName, result.Name + ".json");
                File.WriteAllText(outlinePath, result.OutlineJson + "\n");
                var python = JsonNode.Parse(ExternalProgram.Run("python3", [scorer, documents[result.Name].GoldPath, outlinePath]))!.AsObject();
                var port = JsonNode.Parse(result.Score!.ToPythonJson())!.AsObject();
                foreach (var (key, expected) in python)
                {
                    var actual = port[key];
                    if (!SameFigure(expected, actual))
                        mismatches.Add($"{result.Name}: {key} python {expected?.ToJsonString() ?? "null"}, port {actual?.ToJsonString() ?? "null"}");
                }
                if (port.Count != python.Count) mismatches.Add($"{result.Name}: {port.Count} figures, python {python.Count}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [CorpusFact]
    public void The_scored_outline_is_what_outline_json_prints()
    {
        foreach (var document in CorpusDocuments.List(RealCorpus.Folder!))
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Assert.Equal(0, OutlineCommand.Run([document.InputPath, "--json"], stdout, stderr));
            Assert.Equal(stdout.ToString(), RealCorpus.Results.Single(r => r.Name == document.Name).OutlineJson + "\n");
        }
    }

    // Numbers to 3 decimals (the scorer rounds to 3), everything else exactly.
    private static bool SameFigure(JsonNode? expected, JsonNode? actual)
    {
        if (expected is JsonValue e && actual is JsonValue a && e.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && a.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            return Math.Round(e.GetValue<double>(), 3).ToString("0.000", CultureInfo.InvariantCulture)
                == Math.Round(a.GetValue<double>(), 3).ToString("0.000", CultureInfo.InvariantCulture);
        }
        return JsonNode.DeepEquals(expected, actual);
    }
}
