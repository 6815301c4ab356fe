using SlideGen.Testing;

namespace SlideGen.Tests.Snapshots;

public class UnifiedDiffTests
{
    [Fact]
    public void EqualTexts_GiveNoDiff()
    {
        Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "old", "new"));
    }

    [Fact]
    public void DistantChanges_AreSeparateHunksWithThreeLinesOfContext()
    {
        var old = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";
        var changed = old.Replace("line 2\n", "line two\n").Replace("line 18\n", "").Replace("line 20\n", "line 20\nline 21\n");

        var diff = UnifiedDiff.Create(old, changed, "a.verified.txt", "a.received.txt");

        Assert.Equal("""
            --- a.verified.txt
            +++ a.received.txt
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -15,6 +15,6 @@
             line 15
             line 16
             line 17
            -line 18
             line 19
             line 20
            +line 21

            """, diff);
    }

    [Fact]
    public void FromNothing_EveryLineIsAdded()
    {
        Assert.Equal("--- v\n+++ r\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create("", "a\nb\n", "v", "r"));
    }

    [Fact]
    public void MovedLine_IsOneDeletionAndOneInsertion()
    {
        var diff = UnifiedDiff.Create("a\nb\nc\nd\n", "b\nc\nd\na\n", "v", "r");

        Assert.Equal("--- v\n+++ r\n@@ -1,4 +1,4 @@\n-a\n b\n c\n d\n+a\n", diff);
    }
}
