namespace SlideGen.Cli.Commands;

public static class SnapshotCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => CommandLine.UsageError(stderr, "snapshot: not available yet");
}
