using System.Diagnostics;

namespace SlideGen.Tests;

/// <summary>Runs the programs tests compare against (soffice, pdftotext, pandoc), failing the test when one fails.</summary>
internal static class ExternalProgram
{
    public static bool OnPath(string program) => Find(program) is not null;

    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="program"/> and returns what it printed; a failure or a run over three minutes fails the test.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Find(program) ?? program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within three minutes");
        }
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        return stdout.Result;
    }
}
