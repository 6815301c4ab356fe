using SlideGen.Cli.Batch;

namespace SlideGen.Tests.Batch;

/// <summary>The terminal's progress line: what it shows and that it never wraps.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_shows_the_share_done_the_count_the_failures_and_the_last_file()
    {
        Assert.Equal("[############............]  5/10  1 failed  speech.txt", ProgressBar.Render(5, 10, 1, "speech.txt", 80));
        Assert.Equal("[........................]  0/10", ProgressBar.Render(0, 10, 0, "", 80));
        Assert.Equal("[########################] 10/10  last.md", ProgressBar.Render(10, 10, 0, "last.md", 80));
    }

    [Fact]
    public void A_narrow_terminal_gets_a_line_cut_short_of_its_last_column()
    {
        var line = ProgressBar.Render(3, 200, 0, "a-very-long-file-name-from-an-archive-of-speeches.txt", 40);

        Assert.Equal(39, line.Length);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_written_during_the_batch_appear_above_the_bar_and_the_bar_is_erased_at_the_end()
    {
        var terminal = new StringWriter { NewLine = "\n" };
        var bar = new ProgressBar(terminal, 2, 80);

        bar.Finished("a.txt", succeeded: true);
        bar.WriteLineAbove("b.txt: error: damaged");
        bar.Finished("b.txt", succeeded: false);
        bar.Clear();

        var text = terminal.ToString();
        Assert.Contains("\u001b[2Kb.txt: error: damaged\n", text, StringComparison.Ordinal);
        Assert.Contains("2/2  1 failed  b.txt", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", text, StringComparison.Ordinal);
    }
}
