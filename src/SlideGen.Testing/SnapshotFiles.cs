using System.Text;

namespace SlideGen.Testing;

/// <summary>The verified and received files of one snapshot, named the way Verify names them.</summary>
internal sealed record SnapshotFiles(string VerifiedPath, string ReceivedPath)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Characters no file system accepts; Verify replaces them the same way, so parameter values map to the same names.
    private static readonly char[] InvalidNameChars = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static SnapshotFiles For(string sourceFile, string className, string methodName, string? parameters)
    {
        if (string.IsNullOrEmpty(sourceFile) || !Path.IsPathRooted(sourceFile))
            throw new InvalidOperationException("the calling test's source file is unknown; call VerifyDeck from a test method without passing sourceFile");
        var directory = Path.GetDirectoryName(sourceFile)!;
        if (!Directory.Exists(directory))
            throw new InvalidOperationException(
                $"the folder of the test source file {sourceFile} does not exist here; snapshots live beside the test source, so run the tests from a checkout (a build with PathMap or from another machine hides the folder)");
        var name = $"{className}.{methodName}";
        if (!string.IsNullOrEmpty(parameters)) name += "_" + SafeName(parameters);
        return new SnapshotFiles(Path.Combine(directory, name + ".verified.txt"), Path.Combine(directory, name + ".received.txt"));
    }

    private static string SafeName(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text) safe.Append(char.IsControl(c) || Array.IndexOf(InvalidNameChars, c) >= 0 ? '-' : c);
        return safe.ToString();
    }

    /// <summary>What is compared: LF line ends, no BOM, one final newline; git's autocrlf on Windows must not fail a test.</summary>
    public static string Normalize(string text)
    {
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        return normalized.TrimEnd('\n') + "\n";
    }

    public static void Write(string path, string text) => File.WriteAllText(path, text, Utf8NoBom);
}
