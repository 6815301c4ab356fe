namespace SlideGen.Tests.Sections;

/// <summary>Conventions of Chinese work reports: how they announce their parts and how they end.</summary>
public sealed class ReportConventionTests
{
    [Fact]
    public void Parts_announced_as_aspects_are_counted()
    {
        var outline = Frontend.Outline("关于全县河湖治理工作情况的报告\n\n主任、各位副主任：\n\n受县政府委托，现从工作进展、存在问题和下一步打算三个方面作简要汇报。\n\n一、工作进展\n\n全年完成河道清淤一百二十公里。\n\n二、存在问题\n\n部分河段水质仍不稳定。\n", "rivers.txt");

        Assert.Equal(3, outline.AnnouncedCount);
        Assert.Contains(outline.Warnings, w => w.Contains("3", StringComparison.Ordinal) && w.Contains("2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_formal_ending_of_a_report_goes_to_the_closing()
    {
        var outline = Frontend.Outline("关于全县河湖治理工作情况的报告\n\n一、工作进展\n\n全年完成河道清淤一百二十公里，新建生态护岸十八公里。\n\n二、下一步打算\n\n持续推进河湖长制落实，加强水质监测预警。\n\n以上报告，请予审议。\n", "rivers.txt");

        Assert.Equal("以上报告，请予审议。", outline.Closing);
        Assert.DoesNotContain("请予审议", outline.Sections[^1].Body, StringComparison.Ordinal);
    }
}
