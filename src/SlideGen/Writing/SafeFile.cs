using SlideGen.Diagnostics;

namespace SlideGen.Writing;

/// <summary>Writes through a temporary file and a rename, so a failure never leaves a half-written deck.</summary>
public static class SafeFile
{
    public static void WriteAllBytes(string path, byte[] bytes, string? inputPath = null)
    {
        var full = Path.GetFullPath(path);
        if (inputPath is not null && inputPath != "-" && string.Equals(full, Path.GetFullPath(inputPath), StringComparison.Ordinal))
            throw new SlideGenException(new SourcePosition(path), "the output would overwrite the input", ExitCodes.OutputError);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
            throw new SlideGenException(new SourcePosition(path), $"the folder {directory} does not exist", ExitCodes.OutputError);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        try
        {
            File.WriteAllBytes(temporary, bytes);
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

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
