using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

/// <summary>
/// The failure classes of issue 13, each pinned on a text written for the test in the shape real documents have:
/// enumerations inside paragraphs, heading lines cut at a comma, unnumbered headings, nesting, closing remarks.
/// </summary>
public class StructureModelTests
{
    private static List<string> Headings(Outline outline) => Frontend.All(outline).Select(n => $"{n.Level} {n.Marker}{n.Heading}").ToList();

    [Fact]
    public void A_heading_line_is_a_heading_whole_commas_and_all()
    {
        var outline = Frontend.Outline("""
            2026年县政府工作报告

            三、2026年重点工作

            一是稳住农业基本盘，着力抓好粮食生产

            全年社会消费品零售总额增长6%左右，固定资产投资增长7%左右，重点项目开工率达到95%以上。

            二是壮大县域工业，加快培育特色产业集群

            推动传统产业改造升级，培育壮大新兴产业，规模以上工业增加值增长8%。
            """);

        Assert.Equal(["1 三、2026年重点工作", "2 一是稳住农业基本盘，着力抓好粮食生产", "2 二是壮大县域工业，加快培育特色产业集群"], Headings(outline));
    }

    [Fact]
    public void A_run_in_heading_ends_at_its_first_full_stop()
    {
        var outline = Frontend.Outline("""
            在全市教育工作会议上的讲话

            一、今年的工作重点

            （一）以健全值班巡查制度为重点，切实守住校园平安底线。要把每一处岗位的责任写清楚，做到有人管、有人查。

            （二）以食堂改造为重点，让师生吃得放心。要在暑假完成改造，开学前通过验收。
            """);

        Assert.Equal(
            ["1 一、今年的工作重点", "2 （一）以健全值班巡查制度为重点，切实守住校园平安底线", "2 （二）以食堂改造为重点，让师生吃得放心"],
            Headings(outline));
    }

    [Fact]
    public void An_enumeration_in_a_points_paragraph_nests_under_it_and_does_not_break_the_outer_count()
    {
        var outline = Frontend.Outline("""
            2026年县政府工作报告

            一、2026年重点工作

            一是稳定经济增长。全力扩大有效投资，确保经济运行在合理区间。今年要办好的实事包括：一是新建学校5所。二是改造道路10条。

            二是办好民生实事。今年继续办好十件民生实事：一是新增学位3000个。二是改造老旧小区20个。三是新建养老服务中心5个。四是新增城市停车位2000个。

            三是守牢安全底线。深入开展安全生产治本攻坚行动，坚决遏制重特大事故。
            """);

        Assert.Equal(
            ["1 一、2026年重点工作", "2 一是稳定经济增长", "3 一是新建学校5所", "3 二是改造道路10条", "2 二是办好民生实事", "3 一是新增学位3000个", "3 二是改造老旧小区20个",
             "3 三是新建养老服务中心5个", "3 四是新增城市停车位2000个", "2 三是守牢安全底线"],
            Headings(outline));
    }

    [Fact]
    public void Short_unnumbered_lines_head_the_parts_of_a_report_without_section_numbers()
    {
        var outline = Frontend.Outline("""
            2026年自治区政府工作报告

            各位代表：

            现在，我代表自治区人民政府，向大会报告工作，请予审议。

            上年工作简要回顾

            过去一年，我们坚持稳中求进工作总基调，全区经济社会发展取得新成效。

            一是产业项目接连落地。地区生产总值增长6%，居民收入稳步增长。

            二是群众就医更加方便。新增城镇就业5万人，基本养老保险覆盖率稳定在95%以上。

            今年工作总体安排

            今年是承上启下的关键之年，做好政府工作意义重大。

            (一)狠抓项目促投资。扩大有效投资，促进消费持续恢复。

            (二)用心办好民生事。培育壮大特色优势产业。
            """);

        Assert.Equal(["1 上年工作简要回顾", "2 一是产业项目接连落地", "2 二是群众就医更加方便", "1 今年工作总体安排", "2 （一）狠抓项目促投资", "2 （二）用心办好民生事"], Headings(outline));
    }

    [Fact]
    public void Colon_labels_head_parts_of_a_section_and_hold_the_numbered_items_after_them()
    {
        var outline = Frontend.Outline("""
            在市第十次党代会上的报告

            一、上一届的工作

            五年来，全市经济社会发展取得显著成就。

            二、新一届的目标和安排

            总体要求：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。

            主要任务：围绕“六个着力”推进各项工作。

            1.着力建好三个产业园。加快建设科创走廊，提升自主创新能力。

            2.着力办好十件民生事。推进以县城为重要载体的城镇化建设。
            """);

        Assert.Equal(
            ["1 一、上一届的工作", "1 二、新一届的目标和安排", "2 总体要求", "2 主要任务", "3 1.着力建好三个产业园", "3 2.着力办好十件民生事"],
            Headings(outline));
    }

    [Fact]
    public void A_notice_field_before_the_first_section_is_not_a_label_heading()
    {
        var outline = Frontend.Outline("""
            关于学校工作的报告

            信息来源：学校办公室

            一、主要工作

            本学期学校围绕教育教学中心工作，扎实推进各项任务。

            二、存在不足

            部分工作还不够精细，需要在下学期加以改进。
            """);

        Assert.Equal(["1 一、主要工作", "1 二、存在不足"], Headings(outline));
    }

    [Fact]
    public void Bold_lead_phrases_in_Markdown_are_run_in_headings_also_when_the_bold_ends_in_Chinese_punctuation()
    {
        var outline = Frontend.Outline("""
            # 2026年市政府工作报告

            **一、2026年重点任务**

            **（一）全方位扩大内需**

            **大力提振消费。**深化国际消费中心城市建设，开展提振消费专项行动。

            **提高投资效益**。聚焦科技创新和民生保障等领域，扩大有效投资。

            **（二）发展高精尖产业**

            **提升优势产业能级**。推动集成电路、生物医药等产业集群发展。

            **布局未来产业**。前瞻布局量子信息和人形机器人等产业。
            """, "report.md");

        Assert.Equal(
            ["1 一、2026年重点任务", "2 （一）全方位扩大内需", "3 大力提振消费", "3 提高投资效益", "2 （二）发展高精尖产业", "3 提升优势产业能级", "3 布局未来产业"],
            Headings(outline));
    }

    [Fact]
    public void English_title_case_lines_head_a_talk_without_numbers_and_stacked_headings_count_too()
    {
        var outline = Frontend.Outline("""
            Annual Address to the Staff

            Thank you all for coming. This has been a year of change for our hospital.

            Our Year in Review
            We opened two new clinics and hired forty nurses. Waiting times fell by a third.

            A Growing Service
            Outpatient Care
            We will extend evening hours at every clinic. Patients asked for this more than anything else.

            Community Health
            We begin with prevention.

            Looking Ahead
            Next year we will build the new maternity wing. The work starts in March.
            """, "address.txt");

        Assert.Equal("Annual Address to the Staff", outline.Title);
        Assert.Equal(
            ["1 Our Year in Review", "1 A Growing Service", "2 Outpatient Care", "1 Community Health", "1 Looking Ahead"],
            Frontend.All(outline).Select(n => $"{n.Level} {n.Heading}"));
    }

    [Fact]
    public void A_yi_shi_run_after_qi_ci_is_nested_under_it()
    {
        var outline = Frontend.Outline("""
            在家长会上的讲话

            一、近一年的工作

            这一年学校各项工作稳步推进，教育教学质量持续提升。

            二、如何看待我们的孩子

            首先是孩子的睡眠时间不够。很多时候我们把德育和教学分开来看。

            其次是手机占去了太多时间。今天的孩子成长环境和我们那时完全不同。

            一是晚上刷短视频停不下来。家庭的关注都集中在一个孩子身上。

            二是周末打游戏一玩就是半天。网络让他们很早就接触到大量信息。

            三、下一步工作计划

            再次感谢各位家长的支持。我们将继续努力，办好人民满意的教育。
            """);

        Assert.Equal(
            ["1 一、近一年的工作", "1 二、如何看待我们的孩子", "2 首先是孩子的睡眠时间不够", "2 其次是手机占去了太多时间",
             "3 一是晚上刷短视频停不下来", "3 二是周末打游戏一玩就是半天", "1 三、下一步工作计划"],
            Headings(outline));
    }

    [Fact]
    public void An_enumeration_in_the_closing_remarks_is_not_a_point_of_the_last_section()
    {
        var outline = Frontend.Outline("""
            在全市教育工作会议上的讲话

            一、去年工作回顾

            去年全市教育系统各项工作取得新进展。

            二、今年工作重点

            1.抓好校园安全。建立健全安全责任体系。

            2.抓好队伍建设。加强师德师风建设。

            同志们，教育事业责任重大。在此，我提三点希望：

            一是要多到基层走走。要自觉服从服务全市工作大局。

            二是要把账算细算实。要在其位谋其政，尽心尽责。

            三是要带头守好规矩。要敢为人先，争创一流。
            """);

        Assert.Equal(["1 一、去年工作回顾", "1 二、今年工作重点", "2 1.抓好校园安全", "2 2.抓好队伍建设"], Headings(outline));
        Assert.Contains("三是要带头守好规矩", outline.Closing, StringComparison.Ordinal);
    }
}

public class UnmarkedStructureTests
{
    private static List<string> Headings(Outline outline) => Frontend.All(outline).Select(n => $"{n.Level} {n.Marker}{n.Heading}").ToList();

    [Fact]
    public void Paragraphs_in_a_row_that_open_alike_are_the_points_of_their_part()
    {
        var outline = Frontend.Outline("""
            在县第十五次党代会上的报告

            一、过去一年的主要工作

            这一年，我们盯住项目、抓牢招商，县域经济稳中有进。全县生产总值年均增长7%。

            这一年，我们补齐短板、办好实事，群众生活持续改善。城乡居民收入年均增长8%。

            这一年，我们治水治气、守护青山，人居环境明显提升。空气质量优良率达到95%。

            二、今年的主要任务

            同时，我们也清醒看到，发展中还存在不少困难和问题。

            同时，要着力推进改革开放，不断增强发展动力和活力。
            """);

        Assert.Equal(
            ["1 一、过去一年的主要工作", "2 这一年，我们盯住项目、抓牢招商，县域经济稳中有进", "2 这一年，我们补齐短板、办好实事，群众生活持续改善",
             "2 这一年，我们治水治气、守护青山，人居环境明显提升", "1 二、今年的主要任务"],
            Headings(outline));
    }

    [Fact]
    public void A_section_marker_after_an_inline_run_is_not_nested_under_its_last_item()
    {
        var outline = Frontend.Outline("""
            2026年工作报告

            一、今年的工作安排

            做好今年工作，要把握以下几点。

            一要盯紧目标。全面贯彻落实上级决策部署。

            二要压实责任。持续加强基础设施建设。

            （一）狠抓项目促投资。扩大有效投资，促进消费恢复。

            （二）办好身边小事。办好各项民生实事。
            """);

        Assert.Equal(["1 一、今年的工作安排", "2 一要盯紧目标", "2 二要压实责任", "2 （一）狠抓项目促投资", "2 （二）办好身边小事"], Headings(outline));
    }

    [Fact]
    public void A_short_bold_paragraph_in_Markdown_is_a_heading_as_in_Word()
    {
        var outline = Frontend.Outline("""
            # 年度工作总结

            **主要成绩**

            今年我们完成了全部重点任务，各项指标均达到预期。

            **存在不足**

            部分工作推进还不够快，需要在明年加以改进。
            """, "summary.md");

        Assert.Equal(["主要成绩", "存在不足"], outline.Sections.Select(s => s.Heading));
    }
}

public class MarkdownHeadingWithoutSpaceTests
{
    [Fact]
    public void Hashes_without_a_space_before_Chinese_text_are_a_heading_with_a_warning()
    {
        var outline = Frontend.Outline("# 年度工作总结\n\n##一、主要工作\n\n本年度完成了各项任务。\n\n##二、存在问题\n\n部分工作还不够细。\n\n```\n#注释不是标题\n```\n", "summary.md");

        Assert.Equal(["主要工作", "存在问题"], outline.Sections.Select(s => s.Heading));
        Assert.Contains(outline.Warnings, w => w.StartsWith("summary.md(3): '##' has no space after it", StringComparison.Ordinal));
        Assert.Equal(2, outline.Warnings.Count(w => w.Contains("has no space after it", StringComparison.Ordinal)));
    }
}

public class UnmarkedStructureFalseFriendTests
{
    [Fact]
    public void Connectives_opening_paragraphs_in_a_row_and_date_lines_are_not_headings()
    {
        var outline = Frontend.Outline("""
            关于学校工作的几点思考

            2026年3月

            近年来，学校各项工作取得了明显进步，办学质量稳步提升，社会声誉持续提高。

            同时，我们也要看到工作中存在的不足。部分教师的教学方法还比较陈旧。

            同时，学生的课业负担依然较重。减负工作还需要进一步加强。

            同时，家校沟通的渠道还不够畅通。家长对学校工作的了解还不够全面。

            2026年4月

            下一步，学校将围绕立德树人根本任务，全面深化教育教学改革，不断提升办学水平。
            """);

        Assert.DoesNotContain(Frontend.All(outline), n => n.Style is "line" or "parallel-lead");
    }
}

public class SectionPartHeadingTests
{
    private static List<string> Headings(Outline outline) => Frontend.All(outline).Select(n => $"{n.Level} {n.Marker}{n.Heading}").ToList();

    [Fact]
    public void Short_sentences_alone_on_their_line_head_the_parts_of_numbered_sections()
    {
        var outline = Frontend.Outline("""
            政府工作报告

            一、发展科技教育事业

            让科研成果走出实验室。

            要深化科技体制改革，推动科研机构面向经济建设主战场，加快科技成果向现实生产力转化，不断提高科技进步对经济增长的贡献率。

            把每一所乡村学校办好。

            要把教育摆在优先发展的战略地位，进一步优化教育结构，大力发展职业教育和成人教育，努力提高教育质量和办学效益。

            二、加强民主法制建设

            守护好群众的平安。

            要坚持打防结合、标本兼治的方针，动员全社会力量参与治安防范，切实维护社会稳定和人民群众的生命财产安全。

            一是
            严厉整治电信网络诈骗；

            二是
            常态开展矛盾纠纷排查。
            """);

        Assert.Equal(
            ["1 一、发展科技教育事业", "2 让科研成果走出实验室", "2 把每一所乡村学校办好", "1 二、加强民主法制建设", "2 守护好群众的平安",
             "3 一是严厉整治电信网络诈骗", "3 二是常态开展矛盾纠纷排查"],
            Headings(outline));
    }

    [Fact]
    public void Bare_lines_inside_numbered_sections_head_parts_of_them_but_not_after_unfinished_text()
    {
        var outline = Frontend.Outline("""
            关于宣传工作的报告

            一、当地的基本情况

            本地是北方的交通枢纽，工商业比较发达，工人数量逐年增加，生活状况普遍较为困难。

            二、宣传工作

            在车间里的读书小组

            我们在铁路工人中开办了夜校，每周上课三次，听课的工人逐渐增多，效果比较明显。

            在校园里的读书小组

            我们组织了读书会，定期讨论社会问题，参加的学生已有数十人，影响正在扩大。本作品的版权期限是

            作者逝世后五十年
            """);

        Assert.Equal(["1 一、当地的基本情况", "1 二、宣传工作", "2 在车间里的读书小组", "2 在校园里的读书小组"], Headings(outline));
    }

    [Fact]
    public void A_lead_in_to_a_quotation_is_no_label_and_a_label_line_without_a_full_stop_is_a_heading_whole()
    {
        var outline = Frontend.Outline("""
            村里的变化

            村里这几年的变化，大家都看在眼里。

            找问题：开会没人来，办事没人帮，根子在班子不团结

            前几年，村里干任何事情都有人反对，村干部说话没人听，班子成员各管一摊，工作推不动。

            恩格斯说得好：“一个民族要想站在科学的最高峰，就一刻也不能没有理论思维。”我们要加强学习。

            定办法：对内立规矩，对外多走访

            新班子上任后，坚持每月召开党员大会，定期走访群众，一件一件解决群众反映的问题。

            毛主席教导我们：要实事求是。村里的工作也是这样。
            """);

        Assert.Equal(["1 找问题：开会没人来，办事没人帮，根子在班子不团结", "1 定办法：对内立规矩，对外多走访"], Headings(outline));
    }

    [Fact]
    public void A_lone_top_heading_titles_a_Markdown_file_over_the_title_its_front_matter_copied_from_a_template()
    {
        var outline = Frontend.Outline("---\ntitle: Design Template\n---\n\n# Faster builds with remote caches\n\n## Summary\n\nWe propose a remote cache for build outputs.\n\n## Motivation\n\nBuilds take too long on laptops.\n", "design.md");

        Assert.Equal("Faster builds with remote caches", outline.Title);
        Assert.Equal(["Summary", "Motivation"], outline.Sections.Select(s => s.Heading));
    }
}

public class OneLineSpeechTests
{
    [Fact]
    public void A_speech_saved_as_one_line_without_points_is_planned_in_parts_of_about_two_minutes()
    {
        var sentence = "我们要坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点，一件一件抓落实。";
        var text = "在全县工作会议上的讲话\n\n" + string.Concat(Enumerable.Repeat(sentence, 60)) + "\n";

        var outline = Frontend.Outline(text);
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Empty(outline.Sections);
        Assert.InRange(ParagraphSections.ForPlanning(outline).Sections.Count, 5, 7);
        Assert.True(deck.Slides.Count >= 7, $"{deck.Slides.Count} slides");
    }
}

/// <summary>Held-out failure classes: spoken counting (第一点，/ 第二个问题), sentence-case English heading lines.</summary>
public class SpokenCountingTests
{
    [Fact]
    public void Points_counted_aloud_with_a_counting_word_are_one_run_whatever_word_each_uses()
    {
        var outline = Frontend.Outline("""
            在新产品开发启动会上的讲话

            今天我们在这里开会，是要把新产品开发的事情定下来，大家都要清楚这件事对公司意味着什么，不能当作一次普通的会议。

            第一点，开发小组的人要真正懂得流程的道理，不懂的要学，学不会的就不要留在小组里，我们宁可人少一点，也要把事情做对，做扎实。

            这个小组不是终身制，每个月都要看一看谁跟上了，谁没有跟上，没有跟上的要调整出去。

            第二，大家都知道公司需要一场变革，从客观上说市场在变，从主观上说我们自己的管理也到了不变不行的时候。

            第三个问题，我们请来的老师是好老师，我们要虚心学习，先僵化，后优化，再固化，不要一开始就想着改别人的东西。
            """);

        Assert.Equal(["第一点，", "第二，", "第三个问题，"], outline.Sections.Select(s => s.Marker));
        Assert.DoesNotContain(outline.Warnings, w => w.Contains("does not continue", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_counted_aloud_may_start_at_the_second_point_when_the_first_was_spoken_without_a_number()
    {
        var outline = Frontend.Outline("""
            在年度销售表彰会上的讲话

            四年前的今天，销售部全体干部主动把岗位交出来重新竞聘，这件事对公司的影响是深远的，今天我们还要再讲一讲它的意义。

            第二个问题我要讲的就是去年的工作，大家做得不错，销售额和回款都上了一个台阶，特别是新市场的开拓比预想的要快。

            第三点我想说的就是今年最重要的举措，要以改善客户关系为中心建立地区客户部，把服务做到客户身边去。
            """);

        Assert.Equal(["第二个问题", "第三点"], outline.Sections.Select(s => s.Marker));
    }

    [Fact]
    public void Stages_counted_in_a_plan_are_points_under_the_part_that_announces_them()
    {
        var outline = Frontend.Outline("""
            在新生家长会上的讲话

            1.关于孩子的成长。孩子进入高中，独立性越来越强，家长要学会放手，也要学会陪伴。

            2.关于三年的学习安排。我们把高中三年分成四个阶段，每个阶段的任务不同。

            第一阶段为入学到第一次月考。重点是适应新的学习节奏，养成好的作息习惯。

            第二阶段为高一第二学期。重点是打牢基础，选好适合自己的科目组合。

            第三阶段为高二学年。重点是全面提升，补齐短板，参加一些社会实践。

            第四阶段为高三学年。重点是系统复习，调整心态，迎接高考。
            """);

        Assert.Equal(["第一阶段", "第二阶段", "第三阶段", "第四阶段"], outline.Sections[1].Children.Select(c => c.Marker));
    }

    [Fact]
    public void Ordinals_in_running_text_without_a_counting_word_or_a_comma_are_not_markers()
    {
        Assert.Null(MarkerRecognizer.Match("第二天我们就赶到了现场，把设备一台一台地检查了一遍。"));
        Assert.Null(MarkerRecognizer.Match("第三产业的比重继续提高，服务业成为增长的主要动力。"));
        Assert.Equal("第二点", MarkerRecognizer.Match("第二点我想谈一谈干部的心态。")!.Marker);
    }

    [Fact]
    public void Sentence_case_heading_lines_head_an_English_address_also_without_a_blank_line_before_them()
    {
        var outline = Frontend.Outline("""
            Good morning, everyone.

            I am glad to open this session of the council, and I want to set out what the year ahead will bring for our town, for the families who live here and for the businesses that have chosen to stay with us through a difficult winter.

            It will do so in the following ways.
            Better buses for every district

            The council will add two new routes this spring and run buses every ten minutes at peak hours across the town, so that no home is more than a short walk from a stop that is served all day and late into the evening.

            It will also publish the timetable data, the fares and the live positions of every bus, so that anyone who wants to can build a better travel app than the one the council has paid for.
            Homes people can afford

            We will build three hundred homes on the old depot site, and a third of them will be let at social rents to families who have waited on the housing list for longer than two years.

            Planning decisions will be taken in public, with every paper published a week ahead, and residents will be able to speak at every meeting where a scheme near their street is decided.
            Conclusion

            These plans are ambitious, and they depend on all of us, councillors and officers and residents alike, working together through the year and holding each other to what we promised today.
            """);

        Assert.Equal(["Better buses for every district", "Homes people can afford", "Conclusion"], outline.Sections.Select(s => s.Heading));
    }
}

public class TopicQuestionTests
{
    [Fact]
    public void Parts_named_as_questions_about_their_topic_head_the_speech_with_their_enumerations_under_them()
    {
        var outline = Frontend.Outline("""
            在创新实验班开班仪式上的讲话

            同学们、老师们：

            今天我们举行创新实验班开班仪式。这个班为什么办？办成什么样？办起来以后做什么？下面我讲两个问题。

            关于为什么要办这样一个班？我们都知道，科技创新需要从小培养兴趣和习惯，学校有条件也有责任为有志向的同学搭一个平台。

            为了办好这个班，学校请来了高校和研究所的专家，他们将定期来校授课，和同学们一起做研究。

            关于办起来以后要做什么？我想现阶段主要是三件事。一是开设前沿选修课程。每周安排两个课时，由专家系统讲授。二是提升竞赛能力。组织同学们参加各级科技创新大赛。三是开展课题研究。在班里开展子课题研究，培养科研能力。

            最后，祝同学们学习进步，祝老师们工作顺利！
            """);

        Assert.Equal(["关于为什么要办这样一个班", "关于办起来以后要做什么"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(["开设前沿选修课程", "提升竞赛能力", "开展课题研究"], outline.Sections[1].Children.Select(c => c.Heading));
    }

    [Fact]
    public void A_single_question_opening_a_paragraph_is_no_convention()
    {
        var outline = Frontend.Outline("""
            在读书节启动仪式上的讲话

            关于为什么要读书？古人早有回答，读书使人明理，读书使人进步，这个道理大家都懂。

            今年的读书节有三项活动，请各班认真组织，让每一位同学都参与进来，读几本好书。
            """);

        Assert.DoesNotContain(outline.Sections, s => s.Heading.StartsWith("关于", StringComparison.Ordinal));
    }
}

public class CountedNounTests
{
    [Fact]
    public void Reasons_counted_by_a_shared_noun_are_points_also_when_a_short_lead_in_opens_the_first()
    {
        var outline = Frontend.Outline("""
            在课程改革研讨会上的发言

            一、学校基本情况

            学校现有教学班四十个，学生两千人，教师一百六十人，近年来在课程建设上做了一些探索。

            二、关于课程改革的想法

            我的想法是：学校主动适应改革，比被动等待更能为师生赢得发展的机会。

            之所以要主动适应，理由一：学生个性发展的需求在学校里是真实存在的。我们看到，不少学生的学习节奏和兴趣差别很大，一刀切的课程满足不了他们。

            理由二：学校自身高水平发展也需要这样的改革。课程是学校的核心，课程改不动，学校就很难有新的突破。
            """);

        var reasons = outline.Sections[1].Children;
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("学生个性发展的需求", reasons[0].Heading, StringComparison.Ordinal);
        Assert.StartsWith("学校自身高水平发展", reasons[1].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_ending_in_a_numeral_is_no_counted_item_without_a_second()
    {
        var outline = Frontend.Outline("""
            在全市工作会议上的讲话

            一、统一思想

            统一：这是我们今年工作的前提，思想不统一，工作就推不动。

            唯一，我们要说的是，落实是最要紧的事情，各部门要拿出具体办法来。
            """);

        Assert.Empty(outline.Sections[0].Children);
    }
}

public class ReportLeadTests
{
    [Fact]
    public void Dash_led_paragraphs_are_points_of_their_part_beside_a_following_yi_shi_run_and_a_title_broken_before_its_last_character_is_joined()
    {
        var outline = Frontend.Outline("""
            市政府工作报
            告

            各位代表：

            一、过去一年工作回顾

            过去一年，全市上下攻坚克难，较好完成了全年目标任务。

            ——经济运行稳中向好。地区生产总值增长百分之五点八，一般公共预算收入增长百分之六。

            ——城市功能持续提升。新建城市道路三十公里，改造老旧小区一百二十个。

            ——民生保障更加有力。新增城镇就业两万人，新建学校八所，养老床位增加一千张。

            一年来，我们主要做了以下工作。

            一是全力稳住经济大盘。出台稳增长政策措施三十条，帮助企业纾困解难。

            二是加快建设宜居城市。完成一批重大基础设施项目，城市面貌明显改观。

            二、今年工作安排

            今年要重点抓好以下工作，确保各项目标任务落到实处。
            """);

        Assert.Equal("市政府工作报告", outline.Title);
        Assert.Equal(["经济运行稳中向好", "城市功能持续提升", "民生保障更加有力", "全力稳住经济大盘", "加快建设宜居城市"],
            outline.Sections[0].Children.Select(c => c.Heading));
    }

    [Fact]
    public void A_dash_before_a_date_or_after_a_quotation_heads_nothing()
    {
        var outline = Frontend.Outline("""
            在青年干部座谈会上的讲话
            ——2023年5月4日

            同志们：

            “路漫漫其修远兮，吾将上下而求索。”
            ——屈原

            青年干部要勇于担当，敢于在急难险重任务中经受锻炼，在基层一线增长才干。

            “不积跬步，无以至千里。”
            ——荀子

            成长没有捷径，要一步一个脚印地走，把每一件小事做好。

            “天下难事，必作于易。”
            ——老子
            """);

        Assert.Empty(outline.Sections);
    }

    [Fact]
    public void Parts_numbered_with_a_spaced_numeral_head_a_speech_and_the_page_furniture_around_them_is_dropped()
    {
        var outline = Frontend.Outline("""
            学习与形势
            某某
            2020年4月12日
            理论学习 · 党的建设
            约3,000字

            ▼
            一 怎样看待过去的经验
            一

            （一）关于总结经验的态度问题。我们总结经验，是为了把今后的工作做好，而不是为了追究个人的责任。

            （二）对于任何问题都要作分析，不要否定一切，也不要肯定一切。

            ▼
            二 当前形势的特点
            二

            当前的形势对我们是有利的，但是困难还很多，我们要有充分的思想准备，把工作做得更扎实。
            """);

        Assert.Null(outline.Subtitle);
        Assert.Equal(["怎样看待过去的经验", "当前形势的特点"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(2, outline.Sections[0].Children.Count);
        Assert.DoesNotContain("▼", outline.Sections[0].Body, StringComparison.Ordinal);
    }
}
