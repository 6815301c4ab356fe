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

    /// <summary>Reads a stream such as standard input, which has no length to check first, up to the same limit as a file.</summary>
    public static byte[] ReadAll(Stream stream, string name, long limit = MaxFileBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
                throw new SlideGenException(new SourcePosition(name), $"the input is over {limit / (1024 * 1024):N0} MB, the most SlideGen reads", ExitCodes.InputUnreadable);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
