using SlideGen.Diagnostics;

namespace SlideGen.Previews;

/// <summary>
/// The two programs a preview needs: LibreOffice draws the slides into a PDF (it is the only free renderer that
/// reads PresentationML), and poppler's pdftoppm turns PDF pages into pictures (LibreOffice's own PNG export
/// stops after the first slide).
/// </summary>
public sealed record RenderTools(string Soffice, string Pdftoppm)
{
    /// <summary>Names LibreOffice's program by, when no option says where it is.</summary>
    public const string SofficeVariable = "SLIDEGEN_SOFFICE";

    public const string InstallHint = "install it with 'apt-get install libreoffice-impress poppler-utils fonts-noto-cjk' (or your system's LibreOffice and poppler packages)";

    /// <summary>Finds soffice by <paramref name="sofficeOption"/>, then <see cref="SofficeVariable"/>, then PATH; and pdftoppm on PATH.</summary>
    public static RenderTools Find(string? sofficeOption = null) => Find(sofficeOption, Environment.GetEnvironmentVariable);

    /// <param name="sofficeOption">A path the user gave; it must exist, nothing else is tried.</param>
    /// <param name="environment">Reads environment variables; tests pass their own.</param>
    public static RenderTools Find(string? sofficeOption, Func<string, string?> environment)
    {
        var path = environment("PATH") ?? "";
        return new RenderTools(FindSoffice(sofficeOption, environment(SofficeVariable), path), FindPdftoppm(path));
    }

    private static string FindSoffice(string? option, string? variable, string path)
    {
        foreach (var (given, from) in new[] { (option, "--soffice"), (variable, SofficeVariable) })
        {
            if (string.IsNullOrWhiteSpace(given))
                continue;
            // A folder is accepted too: people point at LibreOffice's program/ folder as often as at the program.
            var candidate = Directory.Exists(given) ? Executable(given, "soffice") : given;
            if (candidate is not null && File.Exists(candidate))
                return Path.GetFullPath(candidate);
            throw Missing(given, $"LibreOffice was not found at {given} (given by {from}); pass the path of soffice, or {InstallHint}");
        }
        return OnPath(path, "soffice") ?? OnPath(path, "libreoffice") ?? KnownInstallation()
            ?? throw Missing("slidegen", $"LibreOffice (soffice) is not installed, and a preview needs it to draw the slides; {InstallHint}, or pass --soffice PATH");
    }

    private static string FindPdftoppm(string path) =>
        OnPath(path, "pdftoppm")
        ?? throw Missing("slidegen", $"pdftoppm (poppler-utils) is not installed, and a preview needs it to turn pages into pictures; {InstallHint}");

    private static SlideGenException Missing(string where, string problem) => new(new SourcePosition(where), problem, ExitCodes.MissingProgram);

    private static string? OnPath(string path, string program) =>
        path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Executable(directory, program))
            .FirstOrDefault(candidate => candidate is not null);

    private static string? Executable(string directory, string program)
    {
        foreach (var name in OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".com" } : [program])
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Where the installers for macOS and Windows put LibreOffice, which they do not add to PATH.</summary>
    private static string? KnownInstallation()
    {
        string[] places = OperatingSystem.IsMacOS() ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
            : OperatingSystem.IsWindows()
                ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program", "soffice.exe")]
                : [];
        return places.FirstOrDefault(File.Exists);
    }
}
