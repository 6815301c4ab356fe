using System.Runtime.ExceptionServices;

namespace SlideGen.Planning;

/// <summary>
/// Threads with a big stack that plans run on, kept for the next plan instead of started for each one: starting a
/// thread and filling its thread-local caches again cost about as much as the whole plan of a built-in template.
/// </summary>
/// <remarks>
/// Deep nesting in a script recurses in Scriban's parser and evaluator; the big stack keeps that an error, not a crash.
/// A plan runs in its caller's execution context (culture and async-locals), as on a thread started for it.
/// </remarks>
internal static class PlanThreads
{
    private const int StackBytes = 64 * 1024 * 1024;

    private static readonly Lock IdleLock = new();
    private static readonly Stack<Worker> Idle = new();

    /// <summary>Threads kept waiting for work; a batch wider than this starts and ends the extra ones.</summary>
    private static int MaxIdle => Math.Max(4, Environment.ProcessorCount);

    /// <summary>Runs <paramref name="work"/> on a big-stack thread and waits for it; its exception is rethrown here.</summary>
    public static T Run<T>(Func<T> work)
    {
        Worker? worker;
        lock (IdleLock) Idle.TryPop(out worker);
        worker ??= new Worker();

        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var context = ExecutionContext.Capture();
        worker.Run(() =>
        {
            try
            {
                if (context is null) result = work();
                else ExecutionContext.Run(context, _ => result = work(), null);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        });

        var kept = false;
        lock (IdleLock)
        {
            if (Idle.Count < MaxIdle)
            {
                Idle.Push(worker);
                kept = true;
            }
        }
        if (!kept) worker.Stop();
        failure?.Throw();
        return result;
    }

    private sealed class Worker
    {
        private readonly object _gate = new();
        private Action? _job;
        private bool _done;
        private bool _stopped;

        public Worker()
        {
            // A background thread: one kept waiting never keeps the program from ending.
            new Thread(Loop, StackBytes) { Name = "slidegen plan", IsBackground = true }.Start();
        }

        /// <summary>Runs the job on this worker's thread and returns when it is done; the job catches its own exceptions.</summary>
        public void Run(Action job)
        {
            lock (_gate)
            {
                _job = job;
                _done = false;
                Monitor.PulseAll(_gate);
                while (!_done) Monitor.Wait(_gate);
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        private void Loop()
        {
            while (true)
            {
                Action job;
                lock (_gate)
                {
                    while (_job is null && !_stopped) Monitor.Wait(_gate);
                    if (_job is null) return;
                    job = _job;
                    _job = null;
                }
                job();
                lock (_gate)
                {
                    _done = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
