using SlideGen.Diagnostics;
using SlideGen.Snapshots;

namespace SlideGen.Tests.Robustness;

/// <summary>Standard input has no length to check up front; it is read within the same limits as a file.</summary>
public sealed class StreamInputTests
{
    /// <summary>A pipe: it cannot seek and does not know its length.</summary>
    private sealed class PipeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public void A_stream_longer_than_the_limit_is_refused_naming_it()
    {
        var error = Assert.Throws<SlideGenException>(() => UserFiles.ReadAll(new PipeStream(new byte[3 * 1024 * 1024]), "<stdin>", limit: 2 * 1024 * 1024));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Equal("<stdin>: error: the input is over 2 MB, the most SlideGen reads", error.Message);
    }

    [Fact]
    public void A_stream_within_the_limit_is_read_whole()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        Assert.Equal(bytes, UserFiles.ReadAll(new PipeStream(bytes), "<stdin>"));
    }

    [Fact]
    public void A_zip_bomb_piped_into_snapshot_is_refused_before_it_is_opened()
    {
        var bomb = ZipFiles.Repeated("ppt/slides/slide1.xml", (byte)' ', 400L * 1024 * 1024, before: ZipFiles.PackageParts());

        var error = Assert.Throws<SlideGenException>(() => DeckSnapshot.Read(new PipeStream(bomb), "<stdin>"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }
}
