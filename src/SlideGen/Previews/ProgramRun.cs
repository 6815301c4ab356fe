using System.ComponentModel;
using System.Diagnostics;
using SlideGen.Diagnostics;

namespace SlideGen.Previews;

/// <summary>Runs one of the render programs with a time limit; every failure becomes a one-line error about the deck.</summary>
internal static class ProgramRun
{
    public static void Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string deckPath, string what)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            throw new SlideGenException(new SourcePosition(program), $"cannot run {Path.GetFileName(program)}: {e.Message}; {RenderTools.InstallHint}", ExitCodes.MissingProgram, e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit();
                throw new SlideGenException(new SourcePosition(deckPath), $"{what} did not finish within {timeout.TotalSeconds:0} seconds", ExitCodes.InputUnreadable);
            }
            if (process.ExitCode != 0)
            {
                var said = FirstLine(stderr.Result) ?? FirstLine(stdout.Result) ?? "no message";
                throw new SlideGenException(new SourcePosition(deckPath), $"{what} failed (exit {process.ExitCode}): {said}", ExitCodes.InputUnreadable);
            }
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
