using SlideGen.Decks;

namespace SlideGen.Tests.Writing;

public class TextMeasureTests
{
    [Fact]
    public void Chinese_characters_are_one_em_and_Latin_letters_about_half()
    {
        Assert.Equal(40, TextMeasure.WidthPoints("党支部书", 10));
        var latin = TextMeasure.WidthPoints("abcdefghij", 10);
        Assert.InRange(latin, 45, 65);
    }

    [Fact]
    public void Chinese_wraps_between_characters_and_keeps_every_character()
    {
        const string text = "坚守服务宗旨不动摇，坚持工作标准不放松，推动党建工作与业务工作深度融合，以党建引领业务发展";
        var lines = TextMeasure.Wrap(text, 200, 20);
        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, line => Assert.True(TextMeasure.WidthPoints(line, 20) <= 200, line));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // Ten characters fill the line exactly, so the comma would start the next line if allowed to.
        var lines = TextMeasure.Wrap("一二三四五六七八九十，一二三四五。", 10 * 20 / 0.96, 20);
        Assert.All(lines, line => Assert.DoesNotContain(line[0], "，。、；：？！）”"));
        Assert.Equal("一二三四五六七八九十，一二三四五。", string.Concat(lines));
    }

    [Fact]
    public void Latin_wraps_at_spaces_without_breaking_words()
    {
        var lines = TextMeasure.Wrap("Latency went down after the cache rollout in every region", 150, 20);
        Assert.True(lines.Count > 1);
        Assert.Equal("Latency went down after the cache rollout in every region", string.Join(" ", lines));
    }
}
