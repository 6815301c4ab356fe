namespace SlideGen.Tests.Sections;

/// <summary>Warnings tell the user where the outline may not match the speech.</summary>
public class StructureWarningTests
{
    [Fact]
    public void Announced_count_that_does_not_match_the_points_found_is_reported()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Equal(3, outline.AnnouncedCount);
        var warning = Assert.Single(outline.Warnings, w => w.Contains("announces", StringComparison.Ordinal));
        Assert.StartsWith("levels_zh.txt(5)", warning, StringComparison.Ordinal);
        Assert.Contains("3", warning, StringComparison.Ordinal);
        Assert.Contains("2", warning, StringComparison.Ordinal);
        Assert.Contains("讲三点意见", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Announced_count_that_matches_gives_no_warning()
    {
        var outline = Frontend.Outline("关于当前工作的讲话\n\n同志们：\n\n下面，我讲两点意见。\n\n一、统一思想\n\n要把思想统一到会议精神上来，切实增强责任感。\n\n二、狠抓落实\n\n要细化任务分工，确保各项工作按期完成。\n");

        Assert.Equal(2, outline.AnnouncedCount);
        Assert.Empty(outline.Warnings);
    }

    [Fact]
    public void Skipped_number_is_reported_with_its_line()
    {
        var outline = Frontend.Outline("在全市文明创建推进会上的讲话\n\n一、提高思想认识\n\n文明创建是一项系统工程，各级各部门要高度重视。\n\n三、狠抓工作落实\n\n各责任单位要对照测评标准逐项整改，确保各项指标全部达标。\n", "civic.txt");

        var warning = Assert.Single(outline.Warnings);
        Assert.StartsWith("civic.txt(7)", warning, StringComparison.Ordinal);
        Assert.Contains("三、", warning, StringComparison.Ordinal);
        Assert.Contains("skips", warning, StringComparison.Ordinal);
        Assert.Equal(["一、", "三、"], outline.Sections.Select(s => s.Marker));
    }

    [Fact]
    public void Numbering_that_changes_style_midway_is_reported_and_the_point_kept()
    {
        var outline = Frontend.Outline("在全市文明创建推进会上的讲话\n\n一、提高思想认识\n\n文明创建是一项系统工程，各级各部门要高度重视。\n\n二、突出工作重点\n\n要聚焦背街小巷、农贸市场等薄弱环节集中攻坚。\n\n3.狠抓工作落实\n\n各责任单位要对照测评标准逐项整改，确保各项指标全部达标。\n", "civic.txt");

        Assert.Equal(["一、", "二、", "3."], outline.Sections.Select(s => s.Marker));
        var warning = Assert.Single(outline.Warnings);
        Assert.StartsWith("civic.txt(11)", warning, StringComparison.Ordinal);
        Assert.Contains("changes style", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_announced_count_that_does_not_match_is_reported()
    {
        var outline = Frontend.Outline("Notes from the platform review\n\nToday I want to make three points about how we run the platform team.\n\n1. Fewer handovers\n\nEvery handover between teams added two days to a change.\n\n2. Shared dashboards\n\nBoth teams now watch the same latency and error dashboards.\n", "review.txt");

        var warning = Assert.Single(outline.Warnings);
        Assert.Contains("3", warning, StringComparison.Ordinal);
        Assert.Contains("2", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_list_is_the_structure_when_nothing_else_is()
    {
        var outline = Frontend.Outline("Release checklist\n\nBefore every release the on-duty maintainer goes through these steps.\n\n1. Tag the release commit.\n2. Publish the packages.\n3. Announce the release.\n", "checklist.txt");

        Assert.Equal(["1.", "2.", "3."], outline.Sections.Select(s => s.Marker));
    }

    [Fact]
    public void Warnings_come_in_the_order_of_the_places_they_name()
    {
        var outline = Frontend.Outline("在全市文明创建推进会上的讲话\n\n下面，我讲三点意见。\n\n一、提高思想认识\n\n文明创建是一项系统工程，各级各部门要高度重视。\n\n三、狠抓工作落实\n\n各责任单位要对照测评标准逐项整改，确保各项指标全部达标。\n", "civic.txt");

        Assert.Equal(2, outline.Warnings.Count);
        Assert.StartsWith("civic.txt(3)", outline.Warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("civic.txt(9)", outline.Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_cut_off_mid_sentence_is_reported()
    {
        var outline = Frontend.Outline("在全市文明创建推进会上的讲话\n\n一、提高思想认识\n\n文明创建是一项系统工程，各级各部门要高度重视。\n\n二、狠抓工作落实\n\n我们要以更加昂扬的斗志推动各项工作落实，不断提升城市文明程度和市民文明素质，为建设\n", "civic.txt");

        var warning = Assert.Single(outline.Warnings);
        Assert.StartsWith("civic.txt(9)", warning, StringComparison.Ordinal);
        Assert.Contains("mid-sentence", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_text_gives_no_truncation_warning()
    {
        var outline = Frontend.FixtureOutline("chrome_zh.txt");

        Assert.DoesNotContain(outline.Warnings, w => w.Contains("mid-sentence", StringComparison.Ordinal));
    }

    [Fact]
    public void One_sentence_inline_points_are_content_not_empty_sections()
    {
        var outline = Frontend.Outline("在全市招商引资工作推进会上的讲话\n\n优化环境要从三个方面入手。一是简化审批流程，推行“一网通办”，让企业少跑腿。二是降低要素成本，落实各项惠企政策，减轻企业负担。三是强化要素保障，做好用地用能用工服务，确保项目早落地。\n");

        Assert.Equal(3, outline.Sections.Count);
        Assert.DoesNotContain(outline.Warnings, w => w.Contains("no content", StringComparison.Ordinal));
        Assert.All(outline.Sections, s => Assert.InRange(s.Bullets.Count, 2, 6));
    }
}
