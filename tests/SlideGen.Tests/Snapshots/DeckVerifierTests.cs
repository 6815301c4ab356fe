using System.Text;
using SlideGen.Testing;

namespace SlideGen.Tests.Snapshots;

// In the environment collection because the failure tests clear SLIDEGEN_ACCEPT: the suite is run with it set to accept snapshots.
[Collection(EnvironmentTests.Name)]
public class DeckVerifierTests
{
    // The verified files of the first three tests are checked in beside this file, as a user's would be.
    [Fact]
    public void VerifyDeck_MatchesTheVerifiedFileNamedAfterClassAndMethod()
    {
        using var deck = new MemoryStream(FixtureDeck.Build());

        DeckVerifier.VerifyDeck(deck);
    }

    [Fact]
    public async Task VerifyDeck_FromAnAsyncTest_UsesTheTestClassAndMethod()
    {
        await Task.Yield();
        using var deck = new MemoryStream(FixtureDeck.Build());

        DeckVerifier.VerifyDeck(deck);
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("standard")]
    public void VerifySnapshot_WithParameters_AddsThemToTheFileName(string size)
    {
        DeckVerifier.VerifySnapshot($"size: {size}\n", parameters: $"size={size}");

        var here = Path.GetDirectoryName(SourceFile())!;
        Assert.True(File.Exists(Path.Combine(here, $"DeckVerifierTests.VerifySnapshot_WithParameters_AddsThemToTheFileName_size={size}.verified.txt")));
    }

    [Fact]
    public void Mismatch_WritesReceivedFileAndThrowsWithUnifiedDiff()
    {
        using var noAccept = new EnvironmentVariable(DeckVerifier.AcceptVariable, null);
        using var temp = new TempDirectory();
        var verified = temp.File("CardTests.Deck.verified.txt");
        File.WriteAllText(verified, "slides: 2\n--- slide 1\ntitle: Old title\nbody:\n  - one\n");

        var error = Assert.Throws<SnapshotMismatchException>(() =>
            DeckVerifier.VerifySnapshot("slides: 2\n--- slide 1\ntitle: New title\nbody:\n  - one\n", sourceFile: temp.File("CardTests.cs"), methodName: "Deck"));

        var received = temp.File("CardTests.Deck.received.txt");
        Assert.Equal("slides: 2\n--- slide 1\ntitle: New title\nbody:\n  - one\n", File.ReadAllText(received));
        Assert.Equal("slides: 2\n--- slide 1\ntitle: Old title\nbody:\n  - one\n", File.ReadAllText(verified));
        Assert.Equal((verified, received), (error.VerifiedPath, error.ReceivedPath));
        Assert.Contains($"--- {verified}\n+++ {received}\n@@ -1,5 +1,5 @@\n slides: 2\n --- slide 1\n-title: Old title\n+title: New title\n body:\n   - one\n", error.Message);
        Assert.Contains(DeckVerifier.AcceptVariable + "=1", error.Message);
    }

    [Fact]
    public void MissingVerifiedFile_WritesReceivedFileAndThrows()
    {
        using var noAccept = new EnvironmentVariable(DeckVerifier.AcceptVariable, null);
        using var temp = new TempDirectory();

        var error = Assert.Throws<SnapshotMismatchException>(() =>
            DeckVerifier.VerifySnapshot("title: First\n", sourceFile: temp.File("CardTests.cs"), methodName: "Deck"));

        Assert.Contains("No verified snapshot CardTests.Deck.verified.txt yet", error.Message);
        Assert.Contains("+title: First", error.Message);
        Assert.Equal("title: First\n", File.ReadAllText(temp.File("CardTests.Deck.received.txt")));
        Assert.False(File.Exists(temp.File("CardTests.Deck.verified.txt")));
    }

    [Fact]
    public void Match_DeletesAStaleReceivedFile_AndIgnoresBomAndCrlfInTheVerifiedFile()
    {
        using var temp = new TempDirectory();
        // What git with autocrlf on Windows may leave in a working copy.
        File.WriteAllText(temp.File("CardTests.Deck.verified.txt"), "title: Same\r\nbody:\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(temp.File("CardTests.Deck.received.txt"), "title: Older run\n");

        DeckVerifier.VerifySnapshot("title: Same\nbody:\n", sourceFile: temp.File("CardTests.cs"), methodName: "Deck");

        Assert.False(File.Exists(temp.File("CardTests.Deck.received.txt")));
    }

    [Fact]
    public void Accept_WritesTheVerifiedFileAsUtf8WithoutBomWithLf_AndDeletesTheReceivedFile()
    {
        using var temp = new TempDirectory();
        var files = SnapshotFiles.For(temp.File("CardTests.cs"), "CardTests", "Deck", parameters: null);
        File.WriteAllText(files.ReceivedPath, "title: 旧\n");

        DeckVerifier.Compare(files, "title: 新\r\nbody:\r\n", accept: true);

        Assert.Equal("title: 新\nbody:\n"u8.ToArray(), File.ReadAllBytes(files.VerifiedPath));
        Assert.False(File.Exists(files.ReceivedPath));
        DeckVerifier.Compare(files, "title: 新\nbody:\n", accept: false);
    }

    [Fact]
    public void Parameters_WithCharactersFileSystemsReject_AreReplaced()
    {
        using var temp = new TempDirectory();

        var files = SnapshotFiles.For(temp.File("CardTests.cs"), "CardTests", "Deck", "input=a/b:c.txt");

        Assert.Equal(temp.File("CardTests.Deck_input=a-b-c.txt.verified.txt"), files.VerifiedPath);
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

[Collection(EnvironmentTests.Name)]
public class DeckVerifierAcceptTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    public void AcceptVariable_WritesTheVerifiedFileAndPasses(string value)
    {
        using var temp = new TempDirectory();
        using var accept = new EnvironmentVariable(DeckVerifier.AcceptVariable, value);
        File.WriteAllText(temp.File("CardTests.Deck.verified.txt"), "title: Old\n");

        DeckVerifier.VerifySnapshot("title: New\n", sourceFile: temp.File("CardTests.cs"), methodName: "Deck");

        Assert.Equal("title: New\n", File.ReadAllText(temp.File("CardTests.Deck.verified.txt")));
        Assert.False(File.Exists(temp.File("CardTests.Deck.received.txt")));
    }

    [Fact]
    public void AcceptVariable_Unset_StillFails()
    {
        using var temp = new TempDirectory();
        using var accept = new EnvironmentVariable(DeckVerifier.AcceptVariable, null);
        File.WriteAllText(temp.File("CardTests.Deck.verified.txt"), "title: Old\n");

        Assert.Throws<SnapshotMismatchException>(() =>
            DeckVerifier.VerifySnapshot("title: New\n", sourceFile: temp.File("CardTests.cs"), methodName: "Deck"));
    }
}
