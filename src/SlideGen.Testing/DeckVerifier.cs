using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using SlideGen.Snapshots;

namespace SlideGen.Testing;

/// <summary>
/// Snapshot assertions for decks, with Verify's file conventions: the snapshot text of a deck is compared with
/// <c>{Class}.{Method}.verified.txt</c> in the folder of the calling test's source file. On a mismatch, or when there
/// is no verified file yet, <c>{Class}.{Method}.received.txt</c> is written beside it and a
/// <see cref="SnapshotMismatchException"/> with a unified diff is thrown. Set <c>SLIDEGEN_ACCEPT=1</c> to accept:
/// received snapshots are then written as the verified files and the assertion passes.
/// </summary>
/// <remarks>Framework-agnostic: a thrown exception fails the test in xunit, NUnit and MSTest alike.</remarks>
public static class DeckVerifier
{
    /// <summary>Environment variable that, when 1 or true, writes every received snapshot as the verified one.</summary>
    public const string AcceptVariable = "SLIDEGEN_ACCEPT";

    // Long diffs are cut in the message; the received file and SnapshotMismatchException.Diff keep everything.
    private const int MaxDiffLinesInMessage = 200;

    /// <summary>Verifies the snapshot of the deck at <paramref name="pptxPath"/>.</summary>
    /// <param name="parameters">For parameterized tests: appended as <c>{Method}_{parameters}</c>, like Verify's UseTextForParameters
    /// (write <c>"name=value"</c> pairs joined by <c>_</c> to get the names Verify's UseParameters gives).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyDeck(string pptxPath, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string methodName = "") =>
        VerifySnapshot(DeckSnapshot.Read(pptxPath).ToText(), parameters, sourceFile, methodName);

    /// <summary>Verifies the snapshot of a deck held in a stream (a deck written to memory, an embedded resource).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyDeck(Stream deck, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string methodName = "") =>
        VerifySnapshot(DeckSnapshot.Read(deck, "deck stream").ToText(), parameters, sourceFile, methodName);

    /// <summary>Verifies the snapshot of the deck a conversion wrote.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyDeck(ConversionResult result, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string methodName = "") =>
        VerifySnapshot(DeckSnapshot.Read(result.OutputPath).ToText(), parameters, sourceFile, methodName);

    /// <summary>Verifies any text with the same files and rules; what the deck overloads call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifySnapshot(string received, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string methodName = "")
    {
        var files = SnapshotFiles.For(sourceFile, CallerClassName(sourceFile, methodName), methodName, parameters);
        Compare(files, received, AcceptRequested());
    }

    internal static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable(AcceptVariable)?.Trim() is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    internal static void Compare(SnapshotFiles files, string receivedText, bool accept)
    {
        var received = SnapshotFiles.Normalize(receivedText);
        var verified = File.Exists(files.VerifiedPath) ? SnapshotFiles.Normalize(File.ReadAllText(files.VerifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(files.ReceivedPath);
            return;
        }
        if (accept)
        {
            SnapshotFiles.Write(files.VerifiedPath, received);
            File.Delete(files.ReceivedPath);
            return;
        }
        SnapshotFiles.Write(files.ReceivedPath, received);
        var diff = UnifiedDiff.Create(verified ?? "", received, files.VerifiedPath, files.ReceivedPath);
        throw new SnapshotMismatchException(Message(files, verified is null, diff), files.VerifiedPath, files.ReceivedPath, diff);
    }

    private static string Message(SnapshotFiles files, bool missing, string diff)
    {
        var message = new StringBuilder();
        var name = Path.GetFileName(files.VerifiedPath);
        message.Append(missing ? $"No verified snapshot {name} yet.\n" : $"The deck's snapshot differs from {name}.\n");
        message.Append("Received: ").Append(files.ReceivedPath).Append('\n');
        message.Append("Verified: ").Append(files.VerifiedPath).Append('\n');
        message.Append($"To accept: move the received file over the verified file, or run the tests again with {AcceptVariable}=1.\n");
        var lines = diff.Split('\n');
        if (lines.Length > MaxDiffLinesInMessage)
        {
            message.AppendJoin('\n', lines.Take(MaxDiffLinesInMessage));
            message.Append($"\n... {lines.Length - MaxDiffLinesInMessage} more diff lines; compare the files to see them all.\n");
        }
        else
        {
            message.Append(diff);
        }
        return message.ToString();
    }

    /// <summary>
    /// The test class's name, as Verify names files after it: the type whose method called us. When the stack
    /// cannot tell (the call was a tail call, the method was inlined), the source file's name stands in.
    /// </summary>
    private static string CallerClassName(string sourceFile, string methodName)
    {
        foreach (var frame in new StackTrace().GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (method is null || type is null || type.Assembly == typeof(DeckVerifier).Assembly) continue;
            var compilerMade = "<" + methodName + ">";
            // Async methods run in a state machine type, lambdas in a display class, both nested in the test class.
            var isCaller = method.Name == methodName || method.Name.StartsWith(compilerMade, StringComparison.Ordinal)
                           || type.Name.StartsWith(compilerMade, StringComparison.Ordinal);
            if (!isCaller) break;
            while (type.DeclaringType is not null && type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
                type = type.DeclaringType;
            var name = type.Name;
            var arity = name.IndexOf('`');
            return arity < 0 ? name : name[..arity];
        }
        return Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]);
    }
}
