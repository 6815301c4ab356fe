namespace SlideGen.Cli.Batch;

/// <summary>Whether a writer is an interactive terminal, where a bar can be redrawn in place.</summary>
public static class Terminal
{
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error)
        && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static int Width()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
