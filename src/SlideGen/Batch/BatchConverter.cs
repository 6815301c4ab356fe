using SlideGen.Diagnostics;

namespace SlideGen.Batch;

/// <summary>
/// Converts the jobs of a batch in parallel. Each deck is made by <see cref="SlideGenerator.Convert(string, string, ConvertOptions)"/>,
/// exactly as a single conversion of that file makes it; a file that fails is recorded and the others go on.
/// </summary>
public static class BatchConverter
{
    /// <param name="parallelism">Files converted at once; each worker is a thread of its own.</param>
    /// <param name="finished">Called as each job ends, one call at a time, in the order the jobs finish.</param>
    public static BatchResult ConvertMany(IReadOnlyList<BatchJob> jobs, ConvertOptions options, int parallelism, Action<BatchItemResult>? finished = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var results = new BatchItemResult[jobs.Count];
        // Largest inputs first, so that one long report does not start last and keep the whole batch waiting.
        var schedule = Enumerable.Range(0, jobs.Count).OrderByDescending(index => SizeOf(jobs[index].InputPath)).ThenBy(index => index).ToArray();
        var next = -1;
        var report = new Lock();

        void Work()
        {
            for (var taken = Interlocked.Increment(ref next); taken < schedule.Length; taken = Interlocked.Increment(ref next))
            {
                var index = schedule[taken];
                var result = Run(index, jobs[index], options);
                results[index] = result;
                if (finished is null) continue;
                lock (report) finished(result);
            }
        }

        var workers = Enumerable.Range(0, Math.Min(parallelism, jobs.Count))
            .Select(number => new Thread(Work) { Name = $"slidegen batch {number + 1}", IsBackground = true })
            .ToList();
        foreach (var worker in workers) worker.Start();
        foreach (var worker in workers) worker.Join();
        return new BatchResult(results);
    }

    private static BatchItemResult Run(int index, BatchJob job, ConvertOptions options)
    {
        try
        {
            if (job.Refusal is not null) return new BatchItemResult(index, job, null, job.Refusal);
            if (job.CreatesFolder) CreateFolderOf(job.OutputPath);
            return new BatchItemResult(index, job, SlideGenerator.Convert(job.InputPath, job.OutputPath, options), null);
        }
        catch (SlideGenException e)
        {
            return new BatchItemResult(index, job, null, e);
        }
        catch (Exception e)
        {
            // A bug in one file must not take the other files down with it; it is reported like any failure, as internal.
            return new BatchItemResult(index, job, null, new SlideGenException(new SourcePosition(job.InputPath), $"internal error: {e.GetType().Name}: {e.Message}", ExitCodes.Internal, e));
        }
    }

    private static void CreateFolderOf(string deck)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(deck));
        if (folder is null || Directory.Exists(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlideGenException(new SourcePosition(deck), $"cannot create the folder {folder}: {e.Message}", ExitCodes.OutputError, e);
        }
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return 0; }
    }
}
