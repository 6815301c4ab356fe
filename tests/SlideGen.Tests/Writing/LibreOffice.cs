namespace SlideGen.Tests.Writing;

/// <summary>Opens decks in LibreOffice as a user would; each conversion gets its own profile so parallel runs do not collide.</summary>
internal static class LibreOffice
{
    public static bool IsAvailable => ExternalProgram.OnPath("soffice") && ExternalProgram.OnPath("pdfinfo") && ExternalProgram.OnPath("pdftotext");

    public static int PageCount(string pdf)
    {
        var line = ExternalProgram.Run("pdfinfo", [pdf]).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Converts <paramref name="input"/> to <paramref name="format"/> ("pdf", "pptx") in <paramref name="outputDirectory"/>.</summary>
    public static string Convert(string input, string format, string outputDirectory)
    {
        var profile = Path.Combine(Path.GetTempPath(), "slidegen-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            ExternalProgram.Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", format, "--outdir", outputDirectory, input]);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
        var output = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + "." + format);
        Assert.True(File.Exists(output), $"soffice did not produce {output}");
        return output;
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
