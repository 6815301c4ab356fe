namespace SlideGen.Planning;

/// <summary>
/// What one run of a deck plan may use. A template is someone else's code: it must not hang, exhaust memory
/// or produce an absurd deck, and when it hits a limit the error names the limit.
/// </summary>
public sealed record PlanLimits
{
    public static PlanLimits Default { get; } = new();

    /// <summary>Iterations of all loops nested in one outermost loop (Scriban's LoopLimit).</summary>
    public int LoopLimit { get; init; } = 20_000;

    /// <summary>Depth of nested function calls.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Characters of any one string the script builds.</summary>
    public int StringLimit { get; init; } = 1_000_000;

    /// <summary>Characters the script writes as text output (which a plan ignores, but must not grow without end).</summary>
    public int OutputLimit { get; init; } = 1_000_000;

    public int SlideLimit { get; init; } = 2_000;

    /// <summary>Nesting depth of expressions the parser accepts, so that no script can overflow the stack.</summary>
    public int ExpressionDepthLimit { get; init; } = 100;

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}
