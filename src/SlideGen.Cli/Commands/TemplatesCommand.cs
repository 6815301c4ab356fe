namespace SlideGen.Cli.Commands;

public static class TemplatesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => CommandLine.UsageError(stderr, "templates: not available yet");
}
