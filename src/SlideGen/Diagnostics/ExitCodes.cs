namespace SlideGen.Diagnostics;

/// <summary>The process exit codes the CLI documents in README.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 2;
    public const int InputNotFound = 3;
    public const int InputUnreadable = 4;
    public const int TemplateError = 5;
    public const int OutputError = 6;
    public const int SnapshotMismatch = 7;
    /// <summary>A program SlideGen needs for this command (LibreOffice, pdftoppm) is not installed.</summary>
    public const int MissingProgram = 8;
    /// <summary>Some inputs of a batch (several inputs or a folder) failed; the others were converted.</summary>
    public const int BatchFailed = 9;
    public const int Internal = 70;
}
