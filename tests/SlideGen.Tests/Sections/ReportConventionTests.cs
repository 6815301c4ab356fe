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

    [Fact]
    public void A_speech_whose_line_breaks_were_all_lost_keeps_its_title_and_sections()
    {
        var outline = Frontend.Outline("在全市安全生产工作会议上的讲话同志们：一、清醒认识当前形势。今年以来，全县安全生产形势总体平稳，但风险隐患依然突出。二、压紧压实工作责任。各级各部门要切实扛起责任，确保各项措施落实到位。", "oneline.txt");

        Assert.Equal("在全市安全生产工作会议上的讲话", outline.Title);
        Assert.Equal("同志们：", outline.Salutation);
        Assert.Equal(["一、", "二、"], outline.Sections.Select(s => s.Marker));
    }
}
