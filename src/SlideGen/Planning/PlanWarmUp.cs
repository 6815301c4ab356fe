using Scriban.Syntax;

namespace SlideGen.Planning;

/// <summary>
/// Takes a plan's slow first steps on another core while the document is cleaned and outlined: loading the template,
/// parsing its plan and importing the Scriban builtins the plan names (Scriban imports them by reflection, which in
/// the native program took longer than outlining the whole speech). The plan later finds all of it ready, or waits
/// for the part still in progress; it never depends on the warm-up, which reports nothing and changes no result.
/// </summary>
internal static class PlanWarmUp
{
    private static int _started;

    /// <summary>Starts the warm-up once per process; later calls (the other files of a batch) do nothing.</summary>
    public static void Start(string? templateNameOrPath)
    {
        // With one core the warm-up would only take turns with the work it is meant to run beside.
        if (Environment.ProcessorCount < 2 || Interlocked.Exchange(ref _started, 1) != 0) return;
        // The parser recurses as deeply here as when the plan runs, so it gets the same stack.
        new Thread(() => Run(templateNameOrPath), PlanThreads.StackBytes) { Name = "slidegen plan warm-up", IsBackground = true }.Start();
    }

    internal static void Run(string? templateNameOrPath)
    {
        try
        {
            var parsed = DeckPlanner.ParseAhead(TemplateCatalog.Resolve(templateNameOrPath));
            if (parsed?.Page is { } page) PlanBuiltins.Prepare(GlobalNames(page));
        }
        catch (Exception)
        {
            // The plan meets the same problem when it runs, and reports it there with its position.
        }
    }

    /// <summary>The names a script looks up as globals, wherever they stand (calls, pipes, member access, assignments).</summary>
    internal static HashSet<string> GlobalNames(ScriptNode root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is ScriptVariableGlobal global) names.Add(global.Name);
            for (var i = 0; i < node.ChildrenCount; i++)
                if (node.GetChildren(i) is { } child) pending.Push(child);
        }
        return names;
    }
}
