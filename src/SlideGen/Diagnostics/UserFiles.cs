namespace SlideGen.Diagnostics;

/// <summary>Reads a file the user named, turning every way that can fail into a one-line error that names it.</summary>
public static class UserFiles
{
    public static byte[] ReadAllBytes(string path)
    {
        if (Directory.Exists(path))
            throw new SlideGenException(new SourcePosition(path), "this is a folder, not a file", ExitCodes.InputUnreadable);
        if (!File.Exists(path))
            throw new SlideGenException(new SourcePosition(path), "file not found", ExitCodes.InputNotFound);
        try { return File.ReadAllBytes(path); }
        catch (IOException e) { throw new SlideGenException(new SourcePosition(path), $"cannot read the file: {e.Message}", ExitCodes.InputUnreadable, e); }
        catch (UnauthorizedAccessException e) { throw new SlideGenException(new SourcePosition(path), "permission denied", ExitCodes.InputUnreadable, e); }
    }
}
