using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

/// <summary>One test per numbering style that speeches and reports use; levels follow the order styles first appear.</summary>
public class NumberingStyleTests
{
    [Fact]
    public void Chinese_styles_nested_in_the_usual_order_give_levels_one_to_five()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Equal(
            ["一、 1", "（一） 2", "1. 3", "（1） 4", "① 5", "② 5", "（2） 4", "2. 3", "（二） 2", "二、 1"],
            Frontend.MarkersWithLevels(outline));
        Assert.Equal(
            ["提高政治站位，把准支部建设方向", "加强理论武装", "落实学习制度", "突出学习重点", "用好学习平台", "开展交流研讨",
             "创新学习方式", "健全考核机制", "严肃组织生活", "夯实基层基础，提升支部组织力"],
            Frontend.All(outline).Select(n => n.Heading));
    }

    [Fact]
    public void Points_record_the_source_line_of_their_marker()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Equal([7, 43], outline.Sections.Select(s => s.Line));
        Assert.Equal(11, outline.Sections[0].Children[0].Line);
    }

    [Fact]
    public void Yi_shi_er_shi_run_gives_inline_points_headed_by_their_first_sentence()
    {
        var outline = Frontend.Outline("""
            关于做好年度安全生产工作的讲话

            同志们：

            今年以来，全市安全生产形势总体平稳。做好下一步工作，重点抓好以下几个方面。

            一是压实安全责任。各级各部门要严格落实属地管理责任和部门监管责任，层层签订责任书，把责任落实到岗位、落实到人头。

            二是深化隐患排查。要组织开展拉网式排查，对发现的隐患建立台账，明确整改时限，做到整改不到位不放过。

            三是强化应急准备。要修订完善应急预案，加强应急队伍建设，定期开展实战演练，提高快速处置能力。
            """);

        Assert.Equal(["一是 1", "二是 1", "三是 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["压实安全责任", "深化隐患排查", "强化应急准备"], outline.Sections.Select(s => s.Heading));
        Assert.StartsWith("各级各部门要严格落实", outline.Sections[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Shou_xian_qi_ci_zai_ci_zui_hou_give_four_points()
    {
        var outline = Frontend.Outline("""
            在全县教育工作会议上的讲话

            同志们：

            刚才，几位同志作了很好的发言，我都赞同。下面，我再强调几点。

            首先，要充分认识教育工作的重要意义。教育是国之大计、党之大计，各级党委政府要把教育摆在优先发展的战略位置。

            其次，要着力补齐办学条件短板。要加快推进学校新建扩建项目，统筹解决大班额问题，改善农村学校办学条件。

            再次，要建设高素质教师队伍。要完善教师招聘补充机制，加强教师培训，提高教师待遇，让教师安心从教。

            最后，要全力维护校园安全稳定。要健全校园安全管理制度，加强校园周边环境整治，确保师生平安。
            """);

        Assert.Equal(["首先， 1", "其次， 1", "再次， 1", "最后， 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["要充分认识教育工作的重要意义", "要着力补齐办学条件短板", "要建设高素质教师队伍", "要全力维护校园安全稳定"],
            outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Di_yi_di_er_run_holds_a_yi_shi_run_nested_under_its_second_point()
    {
        var outline = Frontend.Outline("""
            在全市招商引资工作推进会上的讲话

            同志们：

            今天这次会议，主要任务是总结上半年招商工作，部署下半年重点任务。

            第一，突出抓好产业链招商。要围绕主导产业绘制产业链图谱，瞄准龙头企业精准发力，做到引进一个、带动一批。

            第二，持续优化营商环境。优化环境要从三个方面入手。一是简化审批流程。推行“一网通办”，让企业少跑腿。二是降低要素成本。落实各项惠企政策，减轻企业负担。三是强化要素保障。做好用地用能用工服务，确保项目早落地。

            第三，建立健全考核机制。要把招商引资纳入年度目标考核，实行月通报、季排名、年考核，形成比学赶超的浓厚氛围。
            """);

        Assert.Equal(["第一， 1", "第二， 1", "一是 2", "二是 2", "三是 2", "第三， 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["简化审批流程", "降低要素成本", "强化要素保障"], outline.Sections[1].Children.Select(c => c.Heading));
        Assert.Equal("优化环境要从三个方面入手。", outline.Sections[1].Body);
    }

    [Fact]
    public void Yi_yao_and_yi_zhua_runs_are_separate_runs_of_points()
    {
        var outline = Frontend.Outline("""
            在全区作风建设大会上的讲话

            同志们：

            加强作风建设，必须从具体问题抓起。

            一要树牢宗旨意识。要始终把人民放在心中最高位置，多办顺民意、解民忧、惠民生的实事。

            二要改进工作方法。要多到基层一线调查研究，掌握第一手资料，提高解决实际问题的能力。

            具体工作中，还要抓好两个环节。

            一抓学习教育。组织党员干部深入学习党章党规，筑牢思想防线。

            二抓监督检查。加大明察暗访力度，对顶风违纪的严肃查处、通报曝光。
            """);

        Assert.Equal(["一要 1", "二要 1", "一抓 1", "二抓 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["树牢宗旨意识", "改进工作方法", "学习教育", "监督检查"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Chapters_hold_their_sections()
    {
        var outline = Frontend.Outline("""
            社区治理工作手册

            第一章 总则

            为规范社区治理工作，提升基层治理能力，制定本手册。

            第一节 基本原则

            社区治理坚持党建引领、居民自治、多方参与的原则，推动形成共建共治共享的治理格局。

            第二节 工作目标

            到年底，全市所有社区建成党群服务中心，居民满意度明显提升。

            第二章 组织体系

            社区党组织是社区各类组织和各项工作的领导核心。

            第一节 社区党组织

            社区党组织每届任期五年，按期进行换届选举。

            第二节 居民委员会

            居民委员会在社区党组织领导下开展工作，依法组织居民开展自治活动。
            """);

        Assert.Equal(["第一章 1", "第一节 2", "第二节 2", "第二章 1", "第一节 2", "第二节 2"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["总则", "组织体系"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void English_decimal_numbering_nests_one_point_one_under_one()
    {
        var outline = Frontend.Outline("""
            Quarterly Operations Review

            This report summarises the operations of the platform team in the third quarter.

            1. Reliability

            The service met its availability target in every month of the quarter.

            1.1 Incident response

            Mean time to recovery fell from forty minutes to eighteen minutes.

            1.2 Capacity planning

            Peak traffic grew by a third, and the cluster was resized twice.

            2. Cost

            Compute spending stayed within budget while storage costs rose.

            2.1 Storage

            Logs are now kept for ninety days.
            """, "report.txt");

        Assert.Equal("en", outline.Language);
        Assert.Equal(["1. 1", "1.1 2", "1.2 2", "2. 1", "2.1 2"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["Reliability", "Incident response", "Capacity planning", "Cost", "Storage"], Frontend.All(outline).Select(n => n.Heading));
    }

    [Fact]
    public void Roman_numerals_hold_capital_letters()
    {
        var outline = Frontend.Outline("""
            Annual Report of the Library Board

            I. Collections

            The board expanded the local history collection and digitised old newspapers.

            A. Acquisitions

            The library bought two thousand new titles, most of them for younger readers.

            B. Digitisation

            Volunteers scanned forty years of the town newspaper for the online archive.

            II. Services

            Opening hours were extended on weekday evenings during the examination season.
            """, "report.txt");

        Assert.Equal(["I. 1", "A. 2", "B. 2", "II. 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["Collections", "Acquisitions", "Digitisation", "Services"], Frontend.All(outline).Select(n => n.Heading));
    }

    [Fact]
    public void Sections_hold_lower_case_letters_in_parentheses()
    {
        var outline = Frontend.Outline("""
            Safety Procedures for the Workshop

            Section 1 General rules

            Everyone who enters the workshop follows these rules without exception.

            (a) Protective equipment

            Safety glasses are worn at all times near running machines.

            (b) Housekeeping

            Floors are swept at the end of every shift.

            Section 2 Machine use

            Only trained staff operate the lathe and the milling machine.
            """, "rules.txt");

        Assert.Equal(["Section 1 1", "(a) 2", "(b) 2", "Section 2 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(["General rules", "Protective equipment", "Housekeeping", "Machine use"], Frontend.All(outline).Select(n => n.Heading));
    }

    [Fact]
    public void First_second_finally_give_inline_points()
    {
        var outline = Frontend.Outline("""
            Remarks at the Volunteer Awards Evening

            Tonight we celebrate a year in which our volunteers did more than ever before, and I want to say why it mattered so much.

            First, I want to thank the volunteers who kept the food bank open through the winter. They sorted over ten thousand parcels.

            Second, we opened a new branch in the north of the city. It now serves two hundred families each week.

            Finally, we need more drivers for next year. Please speak to the coordinator if you can help on weekends.
            """, "remarks.txt");

        Assert.Equal(["First, 1", "Second, 1", "Finally, 1"], Frontend.MarkersWithLevels(outline));
        Assert.Equal(
            ["I want to thank the volunteers who kept the food bank open through the winter", "We opened a new branch in the north of the city", "We need more drivers for next year"],
            outline.Sections.Select(s => s.Heading));
        Assert.Equal("They sorted over ten thousand parcels.", outline.Sections[0].Body);
    }

    [Fact]
    public void Underlined_headings_become_sections_with_levels()
    {
        var outline = Frontend.FixtureOutline("underlined_en.txt");

        Assert.Equal("Migration Plan for the Billing Service", outline.Title);
        Assert.Equal(["Background 1", "Current state 2", "Target state 2", "Rollout 1", "Dry run 2"],
            Frontend.All(outline).Select(n => $"{n.Heading} {n.Level}"));
        Assert.DoesNotContain(Frontend.KeptText(outline), c => c is '=');
    }

    [Fact]
    public void Rfc_like_text_finds_its_numbered_sections_without_toc_entries_or_page_furniture()
    {
        var outline = Frontend.FixtureOutline("rfc_like.txt");
        var json = OutlineJson.Serialize(outline);
        var numbered = Frontend.All(outline).Where(n => n.Marker.Length > 0).ToList();

        Assert.Equal("A Simple Protocol for Greeting Messages", outline.Title);
        Assert.Equal(["1. Introduction", "2. Message Format", "3. Security Considerations", "4. Acknowledgements", "5. Author's Address"],
            numbered.Select(n => n.Marker + " " + n.Heading));
        // Each numbered heading is found once: the contents entries (". . . 2") are not sections.
        Assert.Equal([19, 28, 43, 58, 70], numbered.Select(n => n.Line));
        Assert.DoesNotContain(". . .", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[Page", json, StringComparison.Ordinal);
        Assert.DoesNotContain("RFC 9999", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\f", Frontend.KeptText(outline), StringComparison.Ordinal);
        Assert.StartsWith("Hosts often need to confirm that a peer is alive before they open a session.", numbered[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfc_like_text_has_no_table_of_contents_section()
    {
        var outline = Frontend.FixtureOutline("rfc_like.txt");

        Assert.DoesNotContain(Frontend.All(outline), n => n.Heading.Contains("Contents", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(outline.Warnings, w => w.Contains("Contents", StringComparison.Ordinal));
    }
}
