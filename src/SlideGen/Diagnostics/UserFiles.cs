namespace SlideGen.Diagnostics;

/// <summary>Reads a file the user named, turning every way that can fail into a one-line error that names it.</summary>
public static class UserFiles
{
    /// <summary>Larger than any speech, report or deck with photos; beyond it, reading alone could exhaust memory.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path)
    {
        if (string.IsNullOrEmpty(path))
            throw new SlideGenException(new SourcePosition("''"), "the input file name is empty", ExitCodes.InputNotFound);
        if (Directory.Exists(path))
            throw new SlideGenException(new SourcePosition(path), "this is a folder, not a file", ExitCodes.InputUnreadable);
        if (!File.Exists(path))
            throw new SlideGenException(new SourcePosition(path), "file not found", ExitCodes.InputNotFound);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
                throw new SlideGenException(new SourcePosition(path), $"the file is {length / (1024 * 1024):N0} MB; SlideGen reads files of up to {MaxFileBytes / (1024 * 1024)} MB", ExitCodes.InputUnreadable);
            return File.ReadAllBytes(path);
        }
        catch (IOException e) { throw new SlideGenException(new SourcePosition(path), $"cannot read the file: {e.Message}", ExitCodes.InputUnreadable, e); }
        catch (UnauthorizedAccessException e) { throw new SlideGenException(new SourcePosition(path), "permission denied", ExitCodes.InputUnreadable, e); }
    }
}
