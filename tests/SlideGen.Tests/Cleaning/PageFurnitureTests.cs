using SlideGen.Reading;
using SlideGen.Cleaning;
using SlideGen.Sections;
using SlideGen.Tests.Sections;

namespace SlideGen.Tests.Cleaning;

/// <summary>
/// Furniture of saved web pages found by its shape: menus, link bars, breadcrumbs, dated link lists, credit lines,
/// previous/next links, buttons, copyright footers, photo credits, and the fragments a scraped footer leaves.
/// The pages here are written for the tests, on the patterns of school, government and encyclopedia sites.
/// </summary>
public class PageFurnitureTests
{
    private const string SavedPage = """
        在全区教育工作会议上的讲话--领导讲话-城南实验学校

        首页

        学校概况

        新闻动态

        教学科研

        德育天地

        招生信息

        联系我们

        网上办公 | 校园邮箱 | 图书查询 | 校历

        登录|注册

        热点文章

        城南实验学校召开新学期教职工大会…[09-01]

        我校学子在市科技节中获佳绩[08-27]

        当前位置：首页 > 校务公开 > 领导讲话

        发布时间：2023-09-05 来源：校长室 作者：办公室 阅读量：326

        在全区教育工作会议上的讲话

        区教育局局长 周明远

        同志们：

        今天召开全区教育工作会议，主要任务是总结去年工作、部署今年任务。

        一、抓好教师队伍建设

        要建设一支高素质专业化的教师队伍，把师德师风作为第一标准。

        二、推进课堂教学改革

        要深化课堂教学改革，让每一节课都有实效。

        同志们，新学期已经开始，让我们共同努力，办好人民满意的教育！

        （信息来源：区教育局办公室）

        【打印本页】【关闭窗口】

        上一篇：城南实验学校召开新学期教职工大会

        下一篇：我校举行开学典礼

        扫码关注城南实验学校公众号

        友情链接

        |

        区教育局

        |

        市教育局

        |

        区政府网

        |

        省教育厅

        |

        教育部

        城南实验学校 版权所有 Copyright © 2023 地址：城南路8号

        某ICP备12345678号-1 某公网安备 33000000000001号
        """;

    private static readonly string[] Furniture =
    [
        "领导讲话-城南", "学校概况", "联系我们", "校园邮箱", "登录", "热点文章", "新学期教职工大会", "当前位置", "阅读量", "发布时间",
        "信息来源", "打印本页", "上一篇", "下一篇", "扫码关注", "友情链接", "区政府网", "版权所有", "ICP备", "公网安备",
    ];

    [Fact]
    public void Furniture_of_a_saved_page_reaches_neither_the_outline_nor_the_notes()
    {
        var outline = Frontend.Outline(SavedPage, "page.txt");
        var json = OutlineJson.Serialize(outline);
        var kept = Frontend.KeptText(outline) + "\n" + outline.Subtitle;

        foreach (var word in Furniture)
        {
            Assert.DoesNotContain(word, json, StringComparison.Ordinal);
            Assert.DoesNotContain(word, kept, StringComparison.Ordinal);
        }
        Assert.Equal(["一、", "二、"], outline.Sections.Select(s => s.Marker));
        Assert.StartsWith("同志们，新学期已经开始", outline.Closing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_speech_keeps_its_own_title_and_speaker_on_a_saved_page()
    {
        var outline = Frontend.Outline(SavedPage, "page.txt");

        Assert.Equal("在全区教育工作会议上的讲话", outline.Title);
        Assert.Equal("区教育局局长 周明远", outline.Speaker);
        Assert.Equal("全区教育工作会议", outline.Occasion);
        Assert.Equal("同志们：", outline.Salutation);
        Assert.StartsWith("今天召开全区教育工作会议", outline.Opening, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("首页 | 新闻中心 | 通知公告 | 联系我们")]
    [InlineData("登录|注册")]
    [InlineData("您的位置：首页 > 新闻中心 > 图片新闻")]
    [InlineData("Home › News › 2024")]
    [InlineData("发布时间：2024-03-01 10:20 来源：本站 编辑：李华")]
    [InlineData("文章来源： 作者： 发布时间：2024年03月01日 点击数： 次")]
    [InlineData("来源：某某日报")]
    [InlineData("（信息来源：某某发布）")]
    [InlineData("责任编辑：王小明")]
    [InlineData("上一篇：关于开展春季运动会的通知")]
    [InlineData("下一篇：无")]
    [InlineData("学校召开期中教学质量分析会…[04-22]")]
    [InlineData("【打印】【关闭】")]
    [InlineData("扫一扫关注我们")]
    [InlineData("某某学校 版权所有 地址：某市某路1号")]
    [InlineData("Copyright © 2024 Example School. All Rights Reserved.")]
    [InlineData("某ICP备05012345号")]
    [InlineData("2023年5月4日，青年志愿者在社区开展服务活动。新华社记者 张小明/摄")]
    [InlineData("|")]
    [InlineData("留言与评论(共有 条评论) |")]
    [InlineData("发表评论")]
    [InlineData("No comments:")]
    [InlineData("Leave a Comment")]
    [InlineData("此处隐藏4800个字。VIP会员可见")]
    [InlineData("Skip to main content")]
    public void Furniture_shapes_are_chrome(string line) => Assert.True(PageChrome.IsChromeLine(line), line);

    [Theory]
    [InlineData("时间：2024年3月1日 地点：学校报告厅")]
    [InlineData("作者：张明")]
    [InlineData("总体要求：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。")]
    [InlineData("来源于群众、服务于群众，是我们工作的根本方法。")]
    [InlineData("Copyright Notice")]
    [InlineData("Copyright (c) 2016 IETF Trust and the persons identified as the")]
    [InlineData(">>> print(repr(foo.__doc__))")]
    [InlineData("要坚持“一张蓝图绘到底”，不搞“翻烧饼”。")]
    [InlineData("在全区教育工作会议上的讲话")]
    [InlineData("我们拍摄了一部宣传片，取得了很好的效果。")]
    [InlineData("Revenue grew 5% (2023 > 2022 > 2021) across all regions.")]
    [InlineData("我们要认真听取群众评论，及时改进工作。")]
    [InlineData("Share the gains of growth with every family.")]
    public void Content_lines_are_not_chrome(string line) => Assert.False(PageChrome.IsChromeLine(line), line);

    [Fact]
    public void Licence_fragments_scraped_after_the_text_are_removed()
    {
        var outline = Frontend.Outline("""
            政府工作报告

            各位代表：

            现在，我代表市人民政府，向大会报告工作，请予审议。

            一、过去一年工作回顾

            过去一年，全市经济稳中有进，民生持续改善，各项事业取得新成效。

            二、今年工作安排

            今年要坚持稳中求进，扎实推进各项工作，确保完成全年目标任务。

            各位代表！让我们团结一心，奋力开创全市高质量发展新局面！







            本作品依据
            版权法
            ，属于
            公有领域
            。
            注：本站认为，
            不一定
            适用于所有文件。
            Public domain
            false
            false
            """, "report.txt");
        var kept = Frontend.KeptText(outline);

        foreach (var word in new[] { "本作品", "版权法", "公有领域", "Public domain", "false", "不一定" })
            Assert.DoesNotContain(word, kept, StringComparison.Ordinal);
        Assert.True(kept.TrimEnd().EndsWith("奋力开创全市高质量发展新局面！", StringComparison.Ordinal), kept);
    }

    [Fact]
    public void A_closing_signature_and_date_are_not_taken_for_a_footer()
    {
        var outline = Frontend.Outline("""
            关于做好防汛工作的讲话

            同志们：

            今天召开防汛工作会议，部署今年防汛工作。

            一、压实防汛责任

            各级要落实防汛责任制，确保责任到人。

            二、做好物资储备

            要提前储备防汛物资，确保关键时刻拿得出、用得上。

            谢谢大家！

            某县人民政府

            2024年5月10日
            """);

        Assert.Contains("某县人民政府", Frontend.KeptText(outline), StringComparison.Ordinal);
        Assert.Contains("2024年5月10日", Frontend.KeptText(outline), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_list_inside_the_text_is_not_a_menu()
    {
        var outline = Frontend.Outline("""
            关于表彰先进集体的讲话

            同志们：

            今天表彰以下先进集体：

            第一中学

            实验小学

            城关中学

            我们要向他们学习。

            一、学习先进经验

            要认真总结推广先进集体的经验做法。

            二、营造良好氛围

            要大力宣传先进事迹，营造比学赶超的氛围。
            """);

        Assert.Contains("实验小学", outline.Opening, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulleted_site_menu_above_an_english_speech_is_removed()
    {
        var outline = Frontend.Outline("""
              • Home
              • Speeches
              • About
              • Donate
              • Search
            Menu

            Remarks at the Harbour Festival

            Thank you all for coming out on such a fine evening, and thank you to the volunteers who made this possible.

            First, I want to thank the fishing families. They have kept this harbour alive for a century.

            Second, I want to look ahead. The new pier will open next spring and bring visitors all year round.

            Leave a Comment
            """, "harbour.txt");

        Assert.Equal("Remarks at the Harbour Festival", outline.Title);
        var kept = Frontend.KeptText(outline) + outline.Subtitle;
        foreach (var word in new[] { "Donate", "Menu", "Leave a Comment" })
            Assert.DoesNotContain(word, kept, StringComparison.Ordinal);
    }
}

public class EditorVariablesTests
{
    [Fact]
    public void An_editors_file_variables_at_the_end_of_a_text_file_are_not_text()
    {
        var outline = SlideGen.Tests.Sections.Frontend.Outline("""
            Title: Faster Startup

            Motivation
            ==========

            Programs start slowly because every module is imported eagerly.

            Copyright
            =========

            This document has been placed in the public domain.

            ..
               Local Variables:
               mode: indented-text
               indent-tabs-mode: nil
               fill-column: 70
               End:
            """, "pep.txt");

        var kept = SlideGen.Tests.Sections.Frontend.KeptText(outline);
        Assert.DoesNotContain("Local Variables", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("indent-tabs-mode", kept, StringComparison.Ordinal);
        Assert.Contains("placed in the public domain", kept, StringComparison.Ordinal);
    }
}

public class BrokenPageFurnitureTests
{
    [Fact]
    public void A_breadcrumb_broken_over_lines_and_a_view_counter_scrap_are_furniture_and_never_the_title()
    {
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes("""
            当前位置：首页 >
            新闻中心>
            校长寄语
            校长寄语
            在科技创新班开班仪式上的讲话
            文章来源：本站原创 作者：某某 发布时间：2021年3月5日 点击数：
                次
            在科技创新班开班仪式上的讲话
            同学们、老师们：
            今天我们在这里举行科技创新班开班仪式，这是学校发展中的一件大事，我代表学校向同学们表示祝贺。
            一是开设前沿课程。每周安排两个课时，请高校专家给同学们系统讲授前沿知识。
            二是提升竞赛能力。组织同学们参加各级科技创新大赛，在比赛中开阔眼界、锻炼本领。
            """), "page.txt"));

        Assert.Equal("在科技创新班开班仪式上的讲话", outline.Title);
        Assert.Null(outline.Subtitle);
        Assert.Null(outline.Speaker);
        Assert.Equal(["开设前沿课程", "提升竞赛能力"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_previous_next_link_broken_after_its_label_an_editors_note_and_a_transcripts_stage_directions_are_furniture()
    {
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes("""
            在秋季开学典礼上的讲话
            阅读提示：本文约两千字，讲了三点希望，适合开学第一课使用。
            同学们、老师们：
            新学期开始了，我代表学校向全体同学表示欢迎，向辛勤工作的老师们表示感谢。
            一是要立志。志向是前进的方向，有了志向，学习才有动力，生活才有目标。
            二是要勤学。学习没有捷径，只有一点一滴地积累，才能有所收获。
            （掌声）
            三是要修身。做人是做事的基础，同学们要从小事做起，养成良好的习惯。
            上一篇：
            在毕业典礼上的讲话
            [ 06-30 ]
            下一篇：
            关于做好秋季学期安全工作的通知
            [ 09-05 ]
            """), "page.txt"));

        var text = System.Text.Json.JsonSerializer.Serialize(outline.Sections.Select(s => s.FullText).Append(outline.Opening).Append(outline.Closing));
        Assert.Equal(3, outline.Sections.Count);
        Assert.DoesNotContain("阅读提示", text, StringComparison.Ordinal);
        Assert.DoesNotContain("掌声", text, StringComparison.Ordinal);
        Assert.DoesNotContain("毕业典礼", text, StringComparison.Ordinal);
        Assert.DoesNotContain("安全工作的通知", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_talks_timestamps_and_laughter_are_not_its_text()
    {
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes("""
            # Notes from the Build Tools Keynote

            ## Introduction

            Thank you all for coming. I was asked to talk about what we learned this year.

            [Laughter]

            [Time 0:03:12]

            The first thing we learned is that nobody reads the manual, so the tool has to explain itself.

            ## Faster builds

            (Applause)

            We cut the cold build from eight minutes to ninety seconds by caching the dependency graph.
            """), "talk.md"));

        var text = string.Join("\n", outline.Sections.Select(s => s.FullText));
        Assert.DoesNotContain("Laughter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0:03:12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Applause", text, StringComparison.Ordinal);
        Assert.Contains("nobody reads the manual", text, StringComparison.Ordinal);
    }
}
