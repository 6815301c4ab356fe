using System.Diagnostics;
using System.Text.Json.Nodes;
using SlideGen.Corpus.Scoring;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Sections;

namespace SlideGen.Corpus;

/// <summary>What one document gave: its score, the slides of its deck with the default template, or the error.</summary>
public sealed record CorpusResult
{
    public required string Name { get; init; }
    public OutlineScore? Score { get; init; }
    /// <summary>Slides in the deck the default template plans (after fitting); null when planning failed.</summary>
    public int? Slides { get; init; }
    /// <summary>Required leaves of the gold outline: one slide each in a deck made from the gold.</summary>
    public int GoldPoints { get; init; }
    /// <summary>The outline JSON the score was computed from (what <c>slidegen outline --json</c> prints, without its final newline).</summary>
    public string? OutlineJson { get; init; }
    public string? Error { get; init; }
    public TimeSpan Elapsed { get; init; }
}

/// <summary>Scores the corpus in-process: read, outline (as <c>outline --json</c>), score against the gold, plan the deck.</summary>
public static class CorpusRunner
{
    public static IReadOnlyList<CorpusResult> Run(IEnumerable<CorpusDocument> documents) => documents.Select(Run).ToList();

    public static CorpusResult Run(CorpusDocument document)
    {
        var watch = Stopwatch.StartNew();
        var gold = JsonNode.Parse(File.ReadAllText(document.GoldPath))!.AsObject();
        var goldPoints = OutlineScorer.GoldPoints(gold);
        Outline outline;
        string json;
        try
        {
            outline = SlideGenerator.BuildOutline(SlideGenerator.Read(document.InputPath));
            json = SlideGen.Outlines.OutlineFileJson.Write(outline).TrimEnd('\n');
        }
        catch (SlideGenException e)
        {
            return new CorpusResult { Name = document.Name, GoldPoints = goldPoints, Error = e.Message, Elapsed = watch.Elapsed };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one document is reported against that document; the others are still scored.
            return new CorpusResult { Name = document.Name, GoldPoints = goldPoints, Error = "internal error: " + e, Elapsed = watch.Elapsed };
        }
        var score = OutlineScorer.Score(gold, JsonNode.Parse(json)!.AsObject());
        int? slides = null;
        string? error = null;
        try
        {
            slides = SlideGenerator.PlanDeck(outline, new ConvertOptions { Date = DeckDefaults.Epoch }).Slides.Count;
        }
        catch (SlideGenException e)
        {
            error = "deck: " + e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = "deck: internal error: " + e;
        }
        return new CorpusResult
        {
            Name = document.Name, Score = score, Slides = slides, GoldPoints = goldPoints, OutlineJson = json, Error = error,
            Elapsed = watch.Elapsed,
        };
    }
}
