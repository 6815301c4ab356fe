namespace SlideGen.Tests;

/// <summary>
/// How long a property test runs: a short run by default, SLIDEGEN_PROPERTY_ITERATIONS=200000 for a long, fuzzing-like
/// run, or SLIDEGEN_PROPERTY_SECONDS=150 to run each property for that long instead of a number of iterations.
/// </summary>
internal static class PropertyRunLength
{
    public static long Iterations(long byDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("SLIDEGEN_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : byDefault;

    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("SLIDEGEN_PROPERTY_SECONDS"), out var s) && s > 0 ? s : -1;
}
