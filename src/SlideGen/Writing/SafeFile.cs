using SlideGen.Diagnostics;

namespace SlideGen.Writing;

/// <summary>Writes through a temporary file and a rename, so a failure never leaves a half-written deck.</summary>
public static class SafeFile
{
    public static void WriteAllBytes(string path, byte[] bytes, string? inputPath = null) =>
        Write(path, stream => stream.Write(bytes), inputPath);

    /// <summary>Lets <paramref name="write"/> fill the file; it appears at <paramref name="path"/> only when that succeeds.</summary>
    public static void Write(string path, Action<Stream> write, string? inputPath = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new SlideGenException(new SourcePosition("-o"), "the output file name is empty", ExitCodes.OutputError);
        string full;
        try
        {
            var given = Path.GetFullPath(path);
            // /dev/stdout is a link to wherever standard output goes; neither end may be renamed over.
            if (IsSystemFile(given))
                throw new SlideGenException(new SourcePosition(path), "is a device, not a file; name a .pptx file to write", ExitCodes.OutputError);
            full = FinalTarget(given);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new SlideGenException(new SourcePosition(path), $"cannot write the deck: {e.Message}", ExitCodes.OutputError, e);
        }
        if (inputPath is not null && inputPath != "-" && IsSameFile(full, inputPath))
            throw new SlideGenException(new SourcePosition(path), "the output would overwrite the input", ExitCodes.OutputError);
        // Renaming over a folder or a device would replace it with a file (as root, even /dev/null).
        if (Directory.Exists(full) || IsSystemFile(full))
            throw new SlideGenException(new SourcePosition(path), "is a folder or a device, not a file; name a .pptx file to write", ExitCodes.OutputError);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
            throw new SlideGenException(new SourcePosition(path), $"the folder {directory} does not exist", ExitCodes.OutputError);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            // The message would name the temporary file, which the user never asked for; say what went wrong with theirs.
            var problem = e is UnauthorizedAccessException ? $"cannot write the deck: no permission to write in {directory}" : "cannot write the deck: " + e.Message.Replace(temporary, full, StringComparison.Ordinal);
            throw new SlideGenException(new SourcePosition(path), problem, ExitCodes.OutputError, e);
        }
    }

    /// <summary>
    /// An output that is a link is written where the link points (the link stays a link), so the comparison with the
    /// input, and the folder the temporary file goes in, are those of the file that is really written.
    /// </summary>
    private static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is null) return full;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? full : Path.GetFullPath(target.FullName);
    }

    private static bool IsSameFile(string output, string input)
    {
        string inputFull;
        try { inputFull = FinalTarget(Path.GetFullPath(input)); }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException) { return false; }
        if (string.Equals(output, inputFull, StringComparison.Ordinal)) return true;
        // On a case-insensitive file system (Windows, macOS by default) Speech.TXT is speech.txt.
        return string.Equals(output, inputFull, StringComparison.OrdinalIgnoreCase) && File.Exists(output) && IsCaseInsensitive(Path.GetDirectoryName(output)!);
    }

    private static bool IsCaseInsensitive(string directory)
    {
        var upper = directory.ToUpperInvariant();
        var lower = directory.ToLowerInvariant();
        return upper != lower ? Directory.Exists(upper) && Directory.Exists(lower) : OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();
    }

    /// <summary>
    /// .NET does not tell a device or a pipe from a file on Unix, and devices live under /dev (and the kernel's files
    /// under /proc and /sys); anything there is refused rather than renamed over.
    /// </summary>
    private static bool IsSystemFile(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal));

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
