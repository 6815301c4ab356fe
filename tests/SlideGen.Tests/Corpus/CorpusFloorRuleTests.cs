using SlideGen.Corpus;
using SlideGen.Corpus.Scoring;

namespace SlideGen.Tests.Corpus;

/// <summary>How floors are checked and raised, on made-up results (these run without the corpus).</summary>
public class CorpusFloorRuleTests
{
    private static CorpusResult Result(string name, double f1, bool? title = true, int noise = 0, double? kp = null) => new()
    {
        Name = name,
        Score = new OutlineScore { F1 = f1, TitleOk = title, NoiseLeaked = Enumerable.Range(0, noise).Select(i => $"noise{i}").ToList(), KpRecall = kp },
    };

    private static readonly SortedDictionary<string, DocumentFloor> Floors = new(StringComparer.Ordinal)
    {
        ["a.txt"] = new DocumentFloor { MinF1 = 0.47m, TitleRight = true, MaxNoise = 0, MinKpRecall = 0.31m },
        ["b.docx"] = new DocumentFloor { MinF1 = 1.00m, TitleRight = false, MaxNoise = 2, MinKpRecall = null },
    };

    [Fact]
    public void A_floor_is_today_s_figure_rounded_down_to_two_decimals()
    {
        Assert.Equal(0.47m, CorpusFloors.RoundDown(0.479));
        Assert.Equal(0.29m, CorpusFloors.RoundDown(0.29));
        Assert.Equal(1.00m, CorpusFloors.RoundDown(1.0));
        Assert.Equal(0m, CorpusFloors.RoundDown(0.0));
    }

    [Fact]
    public void Documents_at_their_floor_pass()
    {
        Assert.Empty(CorpusFloors.Check(Floors, [Result("a.txt", 0.47, kp: 0.313), Result("b.docx", 1.0, title: false, noise: 2)]));
    }

    [Fact]
    public void Each_document_below_its_floor_is_named_with_every_figure_that_dropped()
    {
        var failures = CorpusFloors.Check(Floors, [Result("a.txt", 0.469, title: false, noise: 1, kp: 0.2), Result("b.docx", 0.95, noise: 3)]);

        Assert.Equal(2, failures.Count);
        Assert.Equal("a.txt: heading F1 0.469 < floor 0.47; title no longer right; noise leaked 1 > 0 (\"noise0\"); kp_recall 0.200 < floor 0.31", failures[0]);
        Assert.Equal("b.docx: heading F1 0.950 < floor 1.00; noise leaked 3 > 2 (\"noise0\", \"noise1\", \"noise2\")", failures[1]);
    }

    [Fact]
    public void A_floored_document_missing_from_the_corpus_fails()
    {
        var failures = CorpusFloors.Check(Floors, [Result("a.txt", 0.5, kp: 0.4)]);

        Assert.Equal("b.docx: has a floor but is not in the corpus (or has no gold outline); run --write-floors --allow-lower to drop it", Assert.Single(failures));
    }

    [Fact]
    public void Writing_floors_raises_them_and_keeps_a_floor_a_lower_score_would_lower()
    {
        var report = new List<string>();
        var updated = CorpusFloors.Update(Floors, [Result("a.txt", 0.9, kp: 0.2), Result("b.docx", 1.0, title: true, noise: 0), Result("c.md", 0.333)], allowLower: false, report);

        Assert.Equal(new DocumentFloor { MinF1 = 0.90m, TitleRight = true, MaxNoise = 0, MinKpRecall = 0.31m }, updated["a.txt"]);
        Assert.Equal(new DocumentFloor { MinF1 = 1.00m, TitleRight = true, MaxNoise = 0, MinKpRecall = null }, updated["b.docx"]);
        Assert.Equal(new DocumentFloor { MinF1 = 0.33m, TitleRight = true, MaxNoise = 0, MinKpRecall = null }, updated["c.md"]);
        Assert.Contains(report, line => line.StartsWith("a.txt: kept floor, scores lower (kp_recall 0.20 < 0.31)", StringComparison.Ordinal));
        Assert.Contains("c.md: new floor", report);
    }

    [Fact]
    public void Allow_lower_lowers_floors_and_drops_documents_no_longer_there()
    {
        var report = new List<string>();
        var updated = CorpusFloors.Update(Floors, [Result("a.txt", 0.2, title: false, noise: 1, kp: 0.1)], allowLower: true, report);

        Assert.Equal(new DocumentFloor { MinF1 = 0.20m, TitleRight = false, MaxNoise = 1, MinKpRecall = 0.10m }, updated["a.txt"]);
        Assert.False(updated.ContainsKey("b.docx"));
    }

    [Fact]
    public void The_floors_file_round_trips_with_two_decimals()
    {
        var path = Path.Combine(Path.GetTempPath(), $"floors-{Guid.NewGuid():N}.json");
        try
        {
            CorpusFloors.Write(path, Floors);
            Assert.Equal(Floors, CorpusFloors.Read(path));
            var text = File.ReadAllText(path);
            Assert.Contains("\"min_f1\": 1.00,", text, StringComparison.Ordinal);
            Assert.Contains("\"min_kp_recall\": null", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
