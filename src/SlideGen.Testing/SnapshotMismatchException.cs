namespace SlideGen.Testing;

/// <summary>
/// A deck's snapshot differs from its verified file, or there is no verified file yet. The message holds the
/// unified diff; the received file beside the verified one holds the new snapshot.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException() : this("the snapshot differs from the verified file") { }

    public SnapshotMismatchException(string message) : base(message)
    {
        VerifiedPath = "";
        ReceivedPath = "";
        Diff = "";
    }

    public SnapshotMismatchException(string message, Exception innerException) : base(message, innerException)
    {
        VerifiedPath = "";
        ReceivedPath = "";
        Diff = "";
    }

    public SnapshotMismatchException(string message, string verifiedPath, string receivedPath, string diff) : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
    }

    public string VerifiedPath { get; }
    public string ReceivedPath { get; }
    /// <summary>The whole unified diff from the verified text to the received text (the message may shorten it).</summary>
    public string Diff { get; }
}
