using System.Text.RegularExpressions;
using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

/// <summary>Title, speaker, occasion, salutation, opening and closing: what the title and closing slides show.</summary>
public class FrontMatterTests
{
    [Fact]
    public void Speech_title_gives_title_speaker_and_occasion()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Equal("组织部长在2023年市直机关党支部书记论坛上的讲话", outline.Title);
        Assert.Equal("组织部长", outline.Speaker);
        Assert.Equal("2023年市直机关党支部书记论坛", outline.Occasion);
        Assert.Equal("zh", outline.Language);
    }

    [Fact]
    public void Salutation_is_recognised_and_not_part_of_the_opening()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Equal("同志们：", outline.Salutation);
        Assert.Equal("今天召开这次论坛，主要是交流经验、查找不足、明确方向。下面，我讲三点意见。", outline.Opening);
    }

    [Fact]
    public void Closing_paragraph_after_the_last_point_goes_to_the_closing()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");
        var last = outline.Sections[^1];

        Assert.StartsWith("同志们，支部建设永远在路上。", outline.Closing, StringComparison.Ordinal);
        Assert.EndsWith("作出新的更大贡献！", outline.Closing, StringComparison.Ordinal);
        Assert.DoesNotContain("同志们", last.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("同志们", last.FullText, StringComparison.Ordinal);
        Assert.EndsWith("确保年底前全部达标。", last.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("levels_zh.txt")]
    [InlineData("chrome_zh.txt")]
    [InlineData("wrapped_blob_zh.txt")]
    public void Opening_points_and_closing_keep_every_sentence_of_the_body(string fixture)
    {
        var outline = Frontend.FixtureOutline(fixture);
        var kept = Frontend.LettersOnly(Frontend.KeptText(outline));
        var body = Frontend.FixtureText(fixture);
        var salutation = body.IndexOf("同志们：", StringComparison.Ordinal);
        body = body[(salutation + "同志们：".Length)..];

        var sentences = Regex.Split(body, @"(?<=[。！？])|\n|(?<=\S) (?=[一二三四五六七八九十]、)")
            .Select(Frontend.LettersOnly)
            .Where(s => s.Length > 0 && !s.Contains("继续阅读", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sentences);
        foreach (var sentence in sentences)
            Assert.Contains(sentence, kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_are_the_text_without_the_marker()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        foreach (var node in Frontend.All(outline))
        {
            Assert.False(node.Heading.StartsWith(node.Marker, StringComparison.Ordinal), node.Heading);
            Assert.DoesNotContain(node.Heading, c => c is '、' or '（' or '）' or '①' or '②');
        }
    }

    [Fact]
    public void Inline_point_heading_is_its_first_sentence_without_the_full_stop()
    {
        var outline = Frontend.Outline("关于安全生产的讲话\n\n一是压实安全责任。各级要层层签订责任书。\n\n二是深化隐患排查。要建立整改台账。\n");

        Assert.Equal(["压实安全责任", "深化隐患排查"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(["各级要层层签订责任书。", "要建立整改台账。"], outline.Sections.Select(s => s.Body));
    }

    [Fact]
    public void A_first_sentence_of_over_sixty_characters_stays_the_heading_and_its_first_clause_titles_the_slide()
    {
        var outline = Frontend.Outline("""
            关于营商环境的讲话

            一是持续深化审批制度改革，全面推行承诺制审批和容缺受理，进一步压减审批环节和办理时限，让企业和群众办事像网购一样方便快捷，真正做到只进一扇门、最多跑一次。要定期评估改革成效。

            二是全面落实各项惠企政策，确保减税降费、稳岗返还、融资贴息、房租减免等各项政策红利不打折扣地直达市场主体，切实减轻各类企业特别是中小微企业的负担。要畅通政策兑现渠道。
            """);

        Assert.Equal(["持续深化审批制度改革", "全面落实各项惠企政策"], outline.Sections.Select(s => s.Title));
        Assert.StartsWith("持续深化审批制度改革，全面推行承诺制审批和容缺受理", outline.Sections[0].Heading, StringComparison.Ordinal);
        Assert.EndsWith("只进一扇门、最多跑一次", outline.Sections[0].Heading, StringComparison.Ordinal);
        Assert.StartsWith("全面推行承诺制审批和容缺受理", outline.Sections[0].Body, StringComparison.Ordinal);
        Assert.All(outline.Sections, s => Assert.True(s.Title.Length <= 40));
    }

    [Fact]
    public void English_opening_sentence_stays_in_the_opening()
    {
        var outline = Frontend.Outline("Remarks at the Volunteer Awards Evening\n\nGood evening, and thank you all for coming tonight.\n\nFirst, I thank our volunteers. They sorted many parcels.\n\nSecond, we opened a branch. It serves many families.\n", "remarks.txt");

        Assert.Null(outline.Subtitle);
        Assert.Equal("Good evening, and thank you all for coming tonight.", outline.Opening);
    }

    [Fact]
    public void A_page_with_a_news_item_before_the_speech_keeps_the_speech()
    {
        var outline = Frontend.Outline("""
            我市举办第十届读书节

            本报讯 4月23日，我市第十届读书节在市图书馆开幕，全市各界群众参加活动。

            读书节期间将举办讲座、展览等活动五十余场，持续一个月。

            发布时间：2024-04-24 来源：市新闻网 编辑：陈晓

            建设书香城市 涵养城市气质

            在第十届读书节开幕式上的致辞

            市委书记 林远航

            今天，我们在这里隆重举行第十届读书节开幕式。读书是一座城市的底色。

            第一，要让阅读走进千家万户。要建好社区书屋，让群众就近读书。

            第二，要让阅读成为一种习惯。要办好阅读活动，让书香浸润生活。
            """);

        Assert.Equal("建设书香城市 涵养城市气质", outline.Title);
        Assert.Equal("市委书记 林远航", outline.Speaker);
        Assert.Equal("第十届读书节开幕式", outline.Occasion);
        var kept = Frontend.KeptText(outline);
        Assert.DoesNotContain("本报讯", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("读书节期间", kept, StringComparison.Ordinal);
        Assert.StartsWith("今天，我们在这里隆重举行", outline.Opening, StringComparison.Ordinal);
        Assert.Contains(outline.Warnings, w => w.StartsWith("speech.txt(3): 2 paragraphs before the title left out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_covering_note_before_the_report_is_not_its_title_or_opening()
    {
        var outline = Frontend.Outline("""
            各位老师：

            现将学校年度工作总结印发给大家，请认真阅读并提出意见。

            实验中学2023年度工作总结

            一年来，学校在上级部门的正确领导下，各项工作取得了新进展。

            一、加强党的建设

            学校党委认真落实全面从严治党主体责任。

            二、提高教学质量

            学校坚持以教学为中心，教学质量稳步提升。
            """, "notice.txt");

        Assert.Equal("实验中学2023年度工作总结", outline.Title);
        Assert.Null(outline.Salutation);
        Assert.StartsWith("一年来", outline.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("印发", Frontend.KeptText(outline), StringComparison.Ordinal);
    }

    [Fact]
    public void A_website_introduction_before_the_title_block_is_not_the_title()
    {
        var outline = Frontend.Outline("""
            现转发王局长在全县安全生产工作会议上的讲话，请各单位认真学习！

            在全县安全生产工作会议上的讲话

            王建国

            （2023年2月15日）

            同志们：

            今天召开全县安全生产工作会议，安排部署今年的安全生产工作。

            一、认清形势

            当前安全生产形势依然严峻复杂。

            二、压实责任

            要层层压实安全生产责任。
            """);

        Assert.Equal("在全县安全生产工作会议上的讲话", outline.Title);
        Assert.Equal("王建国", outline.Speaker);
        Assert.Equal("全县安全生产工作会议", outline.Occasion);
        Assert.Equal("2023年2月15日", outline.Date);
        Assert.Equal("同志们：", outline.Salutation);
    }

    [Fact]
    public void Header_fields_give_title_author_and_date_and_are_not_the_title()
    {
        var outline = Frontend.Outline("""
            RFC: 42
            Title: Naming Conventions for Configuration Keys
            Author: Ada Palmer <ada@example.org>,
                    Jan van der Berg <jan@example.org>
            Status: Draft
            Created: 12-Mar-2021


            Abstract
            ========

            This document describes how the keys of a configuration file are named,
            so that tools and people can find a setting without reading the source.


            Motivation
            ==========

            Keys named in different styles confuse users and tools alike; a project
            that mixes camel case, snake case and dotted paths makes every lookup a guess.
            """, "rfc-42.txt");

        Assert.Equal("Naming Conventions for Configuration Keys", outline.Title);
        Assert.Equal("Ada Palmer, Jan van der Berg", outline.Speaker);
        Assert.Equal("12-Mar-2021", outline.Date);
        Assert.Null(outline.Subtitle);
        Assert.Equal(["Abstract", "Motivation"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_dateline_is_the_date_not_the_title()
    {
        var outline = Frontend.Outline("""
            Delivered on Tuesday, March 3, 2020
            Thank you all for coming. It is good to be back in this hall.

            We meet at a time of change for our town and its people.
            """, "town-hall-address.txt");

        Assert.NotEqual("Delivered on Tuesday, March 3, 2020", outline.Title);
        Assert.Equal("March 3, 2020", outline.Date);
    }

    [Fact]
    public void A_source_line_is_neither_title_nor_subtitle_and_the_dash_line_gives_date_and_occasion()
    {
        var outline = Frontend.Outline("""
            2024年某省政府工作报告

            来源：某省日报

            ——2024年1月20日在某省第十四届人民代表大会第二次会议上

            某省省长 张明华

            各位代表：

            现在，我代表省人民政府，向大会报告工作，请予审议。

            一、2023年工作回顾

            过去一年，全省经济持续回升向好。

            二、2024年工作安排

            今年要着力推动高质量发展。
            """);

        Assert.Equal("2024年某省政府工作报告", outline.Title);
        Assert.Equal("2024年1月20日在某省第十四届人民代表大会第二次会议上", outline.Subtitle);
        Assert.Equal("某省第十四届人民代表大会第二次会议", outline.Occasion);
        Assert.Equal("某省省长 张明华", outline.Speaker);
        Assert.Equal("2024年1月20日", outline.Date);
        Assert.DoesNotContain("某省日报", OutlineJson.Serialize(outline), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_heading_line_after_the_opening_is_not_taken_for_the_title()
    {
        var outline = Frontend.Outline("""
            某市政府工作报告

            各位代表：

            现在，我代表市人民政府，向大会报告工作，请予审议。

            2023年工作回顾

            过去一年，全市经济稳中向好，民生持续改善。

            2024年主要任务

            今年要坚持稳中求进，推动高质量发展。
            """);

        Assert.Equal("某市政府工作报告", outline.Title);
        Assert.Equal("各位代表：", outline.Salutation);
        Assert.StartsWith("现在，我代表市人民政府", outline.Opening, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_headline_above_the_speech_title_is_not_the_title()
    {
        var outline = Frontend.Outline("""
            每月一学（2023年3月）_学习园地_某某中学

            每月一学（2023年3月）

            坚持人民至上

            奋力谱写新篇章

            同志们：

            现在，我代表市委向大会作报告。

            一、过去五年的工作

            五年来，我们砥砺奋进，各项事业取得新成就。

            二、今后五年的任务

            今后五年，要全面推进高质量发展。
            """);

        Assert.Equal("坚持人民至上", outline.Title);
        Assert.Equal("奋力谱写新篇章", outline.Subtitle);
        Assert.DoesNotContain("学习园地", OutlineJson.Serialize(outline), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_saved_on_its_own_takes_its_only_top_heading_as_title()
    {
        var outline = Frontend.Outline("""
            <a name="ch4"></a>

            ## 4 Key Management

            Keys are created, stored and retired as described below.

            ### 4.1 Key Generation

            Keys SHALL be generated with an approved generator.

            ### 4.2 Key Storage

            Keys SHALL be stored in protected memory.
            """, "sec4.md");

        Assert.Equal("Key Management", outline.Title);
        Assert.Equal("Key Management", outline.Sections.Single().Heading.Replace("4 ", "", StringComparison.Ordinal));
    }
}
