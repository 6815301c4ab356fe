using SlideGen.Previews;

namespace SlideGen.Tests.Previews;

public sealed class SlideSelectionTests
{
    [Theory]
    [InlineData("1-5", 13, new[] { 1, 2, 3, 4, 5 })]
    [InlineData("3", 13, new[] { 3 })]
    [InlineData("2,4,11-", 13, new[] { 2, 4, 11, 12, 13 })]
    [InlineData("5-6, 1", 13, new[] { 1, 5, 6 })]
    [InlineData("4-4,4", 13, new[] { 4 })]
    public void Parse_reads_numbers_and_ranges_in_slide_order(string text, int count, int[] expected)
    {
        Assert.Equal(expected, SlideSelection.Parse(text).Resolve(count));
    }

    [Fact]
    public void All_is_every_slide()
    {
        Assert.Equal([1, 2, 3], SlideSelection.All.Resolve(3));
    }

    [Fact]
    public void A_number_past_the_end_is_kept_so_the_caller_can_name_it()
    {
        Assert.Equal([12, 13, 14], SlideSelection.Parse("12-14").Resolve(13));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0-3")]
    [InlineData("a-b")]
    [InlineData("5-2")]
    [InlineData("-3")]
    [InlineData("1;2")]
    public void Parse_refuses_what_is_not_a_slide_list(string text)
    {
        var error = Assert.Throws<FormatException>(() => SlideSelection.Parse(text));
        Assert.Contains("--slides", error.Message, StringComparison.Ordinal);
    }
}

public sealed class PageRunTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5 }, "1-5")]
    [InlineData(new[] { 1, 20 }, "1-1 20-20")]
    [InlineData(new[] { 2, 3, 7, 8, 9, 12 }, "2-3 7-9 12-12")]
    public void Consecutive_slides_are_drawn_in_one_run(int[] slides, string runs)
    {
        Assert.Equal(runs, string.Join(" ", SlideGen.Previews.DeckRenderer.Runs(slides).Select(r => $"{r.First}-{r.Last}")));
    }
}
