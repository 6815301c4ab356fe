namespace SlideGen.Tests.Sections;

/// <summary>Words that look like markers but are not: a false point splits a slide in the middle of a sentence.</summary>
public class FalseMarkerTests
{
    private const string Speech = """
        在全市青年干部座谈会上的讲话

        同志们：

        今天和大家座谈，谈两点体会。

        一、坚定理想信念

        青年干部是事业发展的生力军。去年我们组织了“第一站”寻访活动，今年还要把“第一棒”交好，闯过“第一关”。遇到急难险重任务，要第一时间冲上去。

        第一时间掌握社情民意，是做好群众工作的前提。

        2024年全市新录用干部三百余人，比上年增长一倍。

        3.5倍的增幅说明基层岗位吸引力明显增强。

        1、2月份各单位已完成岗前培训。

        一是要读原著，这是我们一直强调的。

        二、锤炼过硬本领

        本领不是天生的，要在实践中学。有的同志说，一是没时间，二是没机会，这种说法站不住脚。大家要主动到基层去，到困难多的地方去。
        """;

    [Fact]
    public void Only_the_two_real_points_are_found()
    {
        var outline = Frontend.Outline(Speech);

        Assert.Equal(["一、 1", "二、 1"], Frontend.MarkersWithLevels(outline));
    }

    [Theory]
    [InlineData("第一时间掌握社情民意")]
    [InlineData("2024年全市新录用干部")]
    [InlineData("3.5倍的增幅")]
    [InlineData("1、2月份各单位")]
    [InlineData("一是要读原著")]
    [InlineData("去年我们组织了“第一站”寻访活动")]
    public void Marker_like_text_stays_in_the_body_of_its_point(string text)
    {
        var outline = Frontend.Outline(Speech);

        Assert.Contains(text, outline.Sections[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_words_inside_a_sentence_are_not_points()
    {
        var outline = Frontend.Outline(Speech);

        Assert.Empty(outline.Sections[1].Children);
        Assert.Contains("有的同志说，一是没时间，二是没机会，这种说法站不住脚。", outline.Sections[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_yi_shi_without_er_shi_is_not_a_point()
    {
        var outline = Frontend.Outline("关于读书学习的几点体会\n\n读书要有计划。\n\n一是要读原著，这是我们一直强调的。读原著才能悟原理。\n\n此外还要联系实际，学以致用。\n");

        Assert.Empty(outline.Sections);
        Assert.Contains("一是要读原著", outline.Opening, StringComparison.Ordinal);
    }
}
