using System.Diagnostics;

namespace SlideGen.Tests.Writing;

/// <summary>Runs soffice and poppler tools; each conversion gets its own profile so parallel runs do not collide.</summary>
internal static class LibreOffice
{
    public static bool IsAvailable => OnPath("soffice") && OnPath("pdfinfo") && OnPath("pdftotext");

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", [pdf]).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    /// <summary>Converts <paramref name="input"/> to <paramref name="format"/> ("pdf", "pptx") in <paramref name="outputDirectory"/>.</summary>
    public static string Convert(string input, string format, string outputDirectory)
    {
        var profile = Path.Combine(Path.GetTempPath(), "slidegen-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", format, "--outdir", outputDirectory, input]);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
        var output = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + "." + format);
        Assert.True(File.Exists(output), $"soffice did not produce {output}");
        return output;
    }

    public static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within three minutes");
        }
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }
}

/// <summary>A theory that is skipped, saying why, when LibreOffice is not installed.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        if (!LibreOffice.IsAvailable)
            Skip = "soffice (LibreOffice) is not on PATH; install libreoffice-impress and poppler-utils to run render tests";
    }
}

/// <summary>A fact that is skipped, saying why, when LibreOffice is not installed.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.IsAvailable)
            Skip = "soffice (LibreOffice) is not on PATH; install libreoffice-impress and poppler-utils to run render tests";
    }
}
