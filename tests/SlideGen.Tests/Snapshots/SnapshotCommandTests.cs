using SlideGen.Cli;
using SlideGen.Diagnostics;
using SlideGen.Snapshots;

namespace SlideGen.Tests.Snapshots;

public class SnapshotCommandTests
{
    [Theory]
    [InlineData(new string[0], "text")]
    [InlineData(new[] { "--format", "text" }, "text")]
    [InlineData(new[] { "--format=json" }, "json")]
    public void Snapshot_PrintsTheDeckInTheChosenFormat(string[] options, string format)
    {
        using var temp = new TempDirectory();
        var deck = temp.File("deck.pptx");
        File.WriteAllBytes(deck, FixtureDeck.Build());
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["snapshot", deck, .. options], stdout, stderr);

        Assert.Equal(ExitCodes.Success, exit);
        var snapshot = DeckSnapshot.Read(deck);
        Assert.Equal(format == "json" ? snapshot.ToJson() : snapshot.ToText(), stdout.ToString());
        Assert.Equal("", stderr.ToString());
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "snapshot")]
    [InlineData(ExitCodes.Usage, "snapshot", "deck.pptx", "--format", "yaml")]
    [InlineData(ExitCodes.InputNotFound, "snapshot", "missing.pptx")]
    [InlineData(ExitCodes.InputUnreadable, "snapshot", "notes.txt")]
    public void Snapshot_ReportsProblemsWithTheirExitCode(int expected, params string[] args)
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("deck.pptx"), FixtureDeck.Build());
        File.WriteAllText(temp.File("notes.txt"), "not a deck");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(args.Select(a => a.Contains('.') ? temp.File(a) : a).ToArray(), new StringWriter(), stderr);

        Assert.Equal(expected, exit);
        Assert.Contains("error:", stderr.ToString());
    }
}
