using SlideGen.KeyPhrases;
using SlideGen.Tests.Sections;

namespace SlideGen.Tests.KeyPhrases;

/// <summary>
/// The judged bullet set, Chinese: texts written for these tests in the shapes real speeches and work reports take,
/// the bullets a presenter would keep, and the fragments that must never reach a slide (issue 14).
/// </summary>
public sealed class JudgedChineseBulletTests
{
    [Fact]
    public void Run_in_sub_heads_of_a_point_become_its_bullets()
    {
        const string body = """
            要干得快。时间不等人，机遇不等人，各项工作都要抢在前面，能今天办的不拖到明天。
            要干得实。不搞花架子，不做表面文章，每一项任务都要落到具体项目、具体岗位上。
            要干得好。坚持高标准、严要求，以群众满意为第一标准，努力交出高质量的答卷。
            """;

        var bullets = ChineseKeyPhrases.Extract(body, heading: "抓落实要有新作为");

        Assert.Contains("要干得快", bullets);
        Assert.Contains("要干得实", bullets);
        Assert.Contains("要干得好", bullets);
    }

    [Fact]
    public void Every_paragraph_of_a_long_point_is_covered()
    {
        const string body = """
            稳步推进县域经济发展。完善产业扶持政策，新增规模以上企业45家。加快建设物流园区，年内建成冷链仓储10万吨。
            扎实推进美丽乡村建设。完成农村危房改造1200户，实现所有行政村通客车。深化农村人居环境整治，推进厕所革命。
            持续提升公共服务水平。新建改扩建中小学校12所，新增学位8000个。推动优质医疗资源下沉，建成紧密型医共体5个。
            """;

        var bullets = ChineseKeyPhrases.Extract(body, heading: "统筹城乡发展");

        Assert.InRange(bullets.Count, 4, 6);
        Assert.Contains(bullets, b => b.Contains("45家", StringComparison.Ordinal) || b.Contains("县域经济", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("1200户", StringComparison.Ordinal) || b.Contains("美丽乡村", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("学位8000个", StringComparison.Ordinal) || b.Contains("医共体", StringComparison.Ordinal)
                                      || b.Contains("公共服务", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_keeps_its_subject()
    {
        const string body = "全年实现地区生产总值1800亿元，一二三产业增加值分别增长4.1%、6.3%、7.2%，居民人均可支配收入增长6.8%。";

        var bullets = ChineseKeyPhrases.Extract(body, heading: "经济运行稳中有进");

        Assert.DoesNotContain(bullets, b => b.StartsWith("分别", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("地区生产总值1800亿元", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("以特色农产品、手工艺品为重点，打造一批区域公用品牌，带动群众增收致富。", "以特色农产品、手工艺品为重点")]
    [InlineData("由于缺乏工作经验，一些新任干部遇到难题不敢担当，需要在实践中加强锻炼。", "由于缺乏工作经验")]
    [InlineData("对上级已经定下来的思路、定下来的工作，要一抓到底，决不半途而废。", "对上级已经定下来的思路、定下来的工作")]
    [InlineData("今年重点抓好以下三个方面的工作，确保全年目标任务圆满完成。", "重点抓好以下三个方面的工作")]
    [InlineData("通过专题党日活动，结合本地红色资源，把理论学习搞得生动起来。", "通过专题党日活动，结合本地红色资源")]
    [InlineData("在抗洪抢险、疫情防控等急难险重任务中，要让党旗在一线高高飘扬。", "在抗洪抢险、疫情防控等急难险重任务中")]
    [InlineData("全面落实河长制。同时，积极推广生态清淤技术，全年清理河道淤泥8万立方米。", "同时，积极推广生态清淤技术")]
    public void A_lead_in_or_an_object_without_its_verb_is_never_a_bullet(string body, string fragment)
    {
        var bullets = ChineseKeyPhrases.Extract(body, 3);

        Assert.DoesNotContain(fragment, bullets);
        Assert.NotEmpty(bullets);
    }

    [Theory]
    [InlineData("以特色农产品、手工艺品为重点")]
    [InlineData("由于缺乏工作经验")]
    [InlineData("分别增长4.1%、6.3%、7.2%")]
    [InlineData("对上级已经定下来的思路、定下来的工作")]
    [InlineData("重点抓好以下三个方面的工作")]
    [InlineData("其中新建学校8所")]
    [InlineData("义务教育的均衡度")]
    [InlineData("清醒地看到")]
    [InlineData("对工作中敢闯敢试出现偏差的干部")]
    [InlineData("凡是要求群众做到")]
    public void Fragments_are_not_whole(string fragment) => Assert.False(ChineseKeyPhrases.IsWhole(fragment), fragment);

    [Theory]
    [InlineData("全面落实党支部工作条例")]
    [InlineData("拉日高速全线通车")]
    [InlineData("城镇新增就业5万人")]
    [InlineData("把问题分析深、分析透")]
    [InlineData("质量是教育的生命")]
    [InlineData("以提升组织力为重点，以星级党组织创建为抓手")]
    [InlineData("结合本地资源，把主题学习搞生动")]
    public void Complete_phrases_are_whole(string phrase) => Assert.True(ChineseKeyPhrases.IsWhole(phrase, parallel: phrase.Contains("为抓手")), phrase);

    [Fact]
    public void Two_short_clauses_that_make_one_thought_stay_together()
    {
        const string body = "党委班子要在学习、调研、实践中锻炼“火眼金睛”，透过现象看本质，把问题分析深、分析透。";

        var bullets = ChineseKeyPhrases.Extract(body, 3);

        Assert.Contains(bullets, b => b.Contains("透过现象看本质", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("把问题分析深、分析透", StringComparison.Ordinal));
    }

    [Fact]
    public void The_heading_is_not_repeated_as_a_bullet()
    {
        const string body = "加强基层组织建设。要坚持抓基层、打基础，推动各类资源向基层倾斜，让基层有人有钱有权办事。";

        var bullets = ChineseKeyPhrases.Extract(body, heading: "加强基层组织建设");

        Assert.DoesNotContain("加强基层组织建设", bullets);
        Assert.NotEmpty(bullets);
    }

    [Fact]
    public void A_thanks_or_a_transition_is_never_a_bullet()
    {
        const string body = "下面，我讲几点意见。各单位要把安全生产放在首位，层层压实责任。谢谢大家。";

        var bullets = ChineseKeyPhrases.Extract(body);

        Assert.DoesNotContain(bullets, b => b.Contains("谢谢", StringComparison.Ordinal) || b.Contains("几点意见", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("安全生产放在首位", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_are_not_cut_by_a_connective_that_begins_them()
    {
        var bullets = ChineseKeyPhrases.Extract("要素保障还不够有力，发展还不够均衡，产业链条还不够长。", 3);

        Assert.DoesNotContain(bullets, b => b.StartsWith("素", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("这样的变化是从前几年就开始的，家长的期待也随之改变。", "样的")]
    [InlineData("学校在生源方面，我们的整体思路为“内稳、外拓”四字方针。", "的整体")]
    public void A_connective_is_not_cut_off_a_word(string body, string brokenStart)
    {
        var bullets = ChineseKeyPhrases.Extract(body, 3);

        Assert.DoesNotContain(bullets, b => b.StartsWith(brokenStart, StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_of_several_clauses_ends_on_one_that_says_something()
    {
        var bullets = ChineseKeyPhrases.Extract("教学质量线，在去年打下基础上，明年的高考目标，力争再上新台阶。", 3);

        Assert.DoesNotContain(bullets, b => b.EndsWith("明年的高考目标", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("管理方面，已经以现代化学校创建为契机")]
    [InlineData("理论上来讲")]
    public void Frames_behind_an_adverb_are_still_lead_ins(string fragment) => Assert.False(ChineseKeyPhrases.IsWhole(fragment), fragment);

    [Fact]
    public void A_sub_point_that_is_only_a_label_is_completed_by_its_first_phrase_on_the_section_slide()
    {
        var outline = Frontend.Outline("""
            在全区教育工作会议上的讲话

            一、认清发展大势

            一是优质化。质量是学校的生命。没有质量的办学，是名不副实的办学，我们要对学生的一生发展负责。

            二是均衡化。均衡发展是教育公平的基础。既要重视城乡之间的均衡，又要重视学校之间的均衡。

            二、抓好重点工作

            要把安全放在首位，层层压实责任，确保校园平安稳定。
            """, "speech.txt");

        var section = outline.Sections[0];
        Assert.Contains(section.Bullets, b => b.StartsWith("优质化：", StringComparison.Ordinal) && b.Contains("质量是学校的生命", StringComparison.Ordinal));
        Assert.Contains(section.Bullets, b => b.StartsWith("均衡化：", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_slide_draws_facts_from_sub_points_that_are_only_headings_over_points_of_their_own()
    {
        var outline = Frontend.Outline("""
            在全县农村工作会议上的讲话

            一、补齐农村发展短板

            （一）加大投入力度

            1．资金倾斜。县财政安排农村道路养护资金3000万元，比上年增加两成，优先保障偏远山区。

            2．项目倾斜。新建农村供水工程15处，实现所有行政村通自来水。

            （二）完善公共服务

            1．医疗下沉。每个乡镇卫生院配备全科医生2名以上，群众看病不出乡。

            2．教育均衡。改造薄弱学校校舍12所，推动城区名师到乡村学校任教。

            二、抓好重点工作

            要把安全放在首位，层层压实责任，确保农村平安稳定。
            """, "speech.txt");

        var section = outline.Sections[0];
        Assert.Equal(2, section.Children.Count);
        Assert.Contains(section.Bullets, b => b.Contains("3000万元", StringComparison.Ordinal) || b.Contains("供水工程15处", StringComparison.Ordinal));
        Assert.Contains(section.Bullets, b => b.Contains("全科医生", StringComparison.Ordinal) || b.Contains("校舍12所", StringComparison.Ordinal));
        Assert.InRange(section.Bullets.Count, 4, KeyPhraseExtractor.MaxBullets);
    }

    [Fact]
    public void Each_paragraph_s_closing_result_is_a_candidate_and_the_point_is_covered_to_its_end()
    {
        const string body = """
            全年新修乡村道路120公里，打通断头路15条，沿线村民出行时间平均缩短一半。
            新建村级卫生室40个，配齐全科医生，群众看病不出村的比例达到九成。
            改造农贸市场8个，规范摊位管理，菜价保持平稳。
            """;

        var bullets = ChineseKeyPhrases.Extract(body);

        Assert.InRange(bullets.Count, 2, 7);
        Assert.All(bullets, b => Assert.True(b.Length <= ChineseKeyPhrases.MaxLength, b));
        // The last paragraph is reached, not only the first.
        Assert.Contains(bullets, b => b.Contains("农贸市场", StringComparison.Ordinal) || b.Contains("菜价", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith("配齐", StringComparison.Ordinal) && b.Length < 6);
    }

    [Fact]
    public void A_section_slide_never_holds_more_than_seven_bullets()
    {
        var section = new SlideGen.Sections.OutlineNode { Heading = "一、重点工作", Body = "围绕群众关切抓好各项工作，做到件件有回音。" };
        for (var i = 1; i <= 9; i++)
            section.Children.Add(new SlideGen.Sections.OutlineNode
            {
                Heading = $"（{i}）第{i}项任务",
                Body = $"完成第{i}批道路改造，新增停车位{i * 10}个，群众满意度明显提高。",
            });
        var outline = new SlideGen.Sections.Outline { Language = "zh" };
        outline.Sections.Add(section);

        KeyPhraseExtractor.Fill(outline);

        Assert.InRange(section.Bullets.Count, 2, KeyPhraseExtractor.MaxBullets);
    }
}
