namespace SlideGen.Diagnostics;

/// <summary>
/// A problem the user can fix: bad input, a template error, an unwritable output.
/// Its message is one line, starting with the position of the problem.
/// </summary>
public class SlideGenException : Exception
{
    public SlideGenException(SourcePosition position, string problem, int exitCode, Exception? inner = null)
        : base($"{position}: error: {problem}", inner)
    {
        Position = position;
        Problem = problem;
        ExitCode = exitCode;
    }

    public SourcePosition Position { get; }
    public string Problem { get; }
    public int ExitCode { get; }
}
