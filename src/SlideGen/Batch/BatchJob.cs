using SlideGen.Diagnostics;

namespace SlideGen.Batch;

/// <summary>
/// One input of a batch and the deck it becomes. <see cref="Refusal"/> is set when the job must not run
/// (its deck would overwrite another input's deck); the batch reports it like a failed conversion.
/// </summary>
public sealed record BatchJob(string InputPath, string OutputPath)
{
    /// <summary>Said about this job before it runs, such as the renamed output of two inputs with one name.</summary>
    public string? Note { get; init; }

    public SlideGenException? Refusal { get; init; }

    /// <summary>True when the deck's folder mirrors a folder of the input inside the output folder and may be created.</summary>
    public bool CreatesFolder { get; init; }
}

/// <summary>What became of one job: the conversion's result, or the one-line error of the file that failed.</summary>
public sealed record BatchItemResult(int Index, BatchJob Job, ConversionResult? Result, SlideGenException? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Every job's result, in the order of the jobs.</summary>
public sealed record BatchResult(IReadOnlyList<BatchItemResult> Items)
{
    public int Converted => Items.Count(item => item.Succeeded);
    public int Failed => Items.Count - Converted;
}
