using System.Text.RegularExpressions;

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
    public void A_first_sentence_of_over_sixty_characters_is_cut_at_its_first_clause()
    {
        var outline = Frontend.Outline("""
            关于营商环境的讲话

            一是持续深化审批制度改革，全面推行承诺制审批和容缺受理，进一步压减审批环节和办理时限，让企业和群众办事像网购一样方便快捷，真正做到只进一扇门、最多跑一次。要定期评估改革成效。

            二是全面落实各项惠企政策，确保减税降费、稳岗返还、融资贴息、房租减免等各项政策红利不打折扣地直达市场主体，切实减轻各类企业特别是中小微企业的负担。要畅通政策兑现渠道。
            """);

        Assert.Equal(["持续深化审批制度改革", "全面落实各项惠企政策"], outline.Sections.Select(s => s.Heading));
        Assert.StartsWith("全面推行承诺制审批和容缺受理", outline.Sections[0].Body, StringComparison.Ordinal);
        Assert.All(outline.Sections, s => Assert.True(s.Heading.Length <= 40));
    }

    [Fact]
    public void English_opening_sentence_stays_in_the_opening()
    {
        var outline = Frontend.Outline("Remarks at the Volunteer Awards Evening\n\nGood evening, and thank you all for coming tonight.\n\nFirst, I thank our volunteers. They sorted many parcels.\n\nSecond, we opened a branch. It serves many families.\n", "remarks.txt");

        Assert.Null(outline.Subtitle);
        Assert.Equal("Good evening, and thank you all for coming tonight.", outline.Opening);
    }
}
