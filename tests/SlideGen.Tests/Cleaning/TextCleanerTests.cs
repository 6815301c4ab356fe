using SlideGen.Cleaning;
using SlideGen.Sections;
using SlideGen.Tests.Sections;

namespace SlideGen.Tests.Cleaning;

/// <summary>Text copied from document-sharing sites and PDFs: furniture goes, wraps are undone, punctuation is Chinese.</summary>
public class TextCleanerTests
{
    private static readonly string[] ChromeWords = ["购物车", "我的足迹", "加入Vip", "免费下载", "立即下载", "还剩5页未读", "继续阅读"];

    [Fact]
    public void Page_chrome_lines_appear_nowhere_in_the_outline()
    {
        var outline = Frontend.FixtureOutline("chrome_zh.txt");
        var json = OutlineJson.Serialize(outline);
        var kept = Frontend.KeptText(outline);

        foreach (var word in ChromeWords)
        {
            Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, kept, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(["一、", "二、"], outline.Sections.Select(s => s.Marker));
    }

    [Theory]
    [InlineData("购物车")]
    [InlineData("我的足迹")]
    [InlineData("加入Vip免费下载 立即下载")]
    [InlineData("还剩5页未读，继续阅读")]
    [InlineData("第 3 页 / 共 12 页")]
    public void Site_furniture_lines_are_chrome(string line) => Assert.True(PageChrome.IsChromeLine(line));

    [Theory]
    [InlineData("我们要继续阅读原著，读原文、悟原理。")]
    [InlineData("一、加强理论学习")]
    [InlineData("把收藏的老照片整理成册，办好村史馆。")]
    public void Sentences_that_mention_furniture_words_are_not_chrome(string line) => Assert.False(PageChrome.IsChromeLine(line));

    [Fact]
    public void Title_repeated_at_the_start_of_the_body_is_removed()
    {
        var outline = Frontend.FixtureOutline("chrome_zh.txt");

        Assert.Equal("在全市乡村振兴工作会议上的讲话", outline.Title);
        Assert.Equal("同志们：", outline.Salutation);
        Assert.StartsWith("今天召开全市乡村振兴工作会议", outline.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("讲话", Frontend.KeptText(outline), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_spaces_inside_chinese_are_removed()
    {
        var outline = Frontend.FixtureOutline("chrome_zh.txt");

        Assert.Contains("扎实推进市直机关帮扶工作。", outline.Opening, StringComparison.Ordinal);
        Assert.Equal("全市上下要坚持农业农村优先发展，扎实推进市直机关帮扶工作，确保各项帮扶措施落到实处、见到实效。",
            TextCleaner.NormalizeInline("全市上下要坚持农业农村优先发展，扎实推进市直机 关帮扶工作，确保各项帮扶措施落到 实处、见到实效。"));
    }

    [Fact]
    public void Spaces_between_latin_words_stay_while_wrap_spaces_next_to_chinese_go()
    {
        var text = TextCleaner.NormalizeInline("接口按照 RFC 7807 的格式返回错误信息，并在日志中记录 request id 以便排查，各系统要统一执 行这项规定。");

        Assert.Equal("接口按照RFC 7807的格式返回错误信息，并在日志中记录request id以便排查，各系统要统一执行这项规定。", text);
    }

    [Theory]
    [InlineData("会议强调,要抓好落实;各单位要(按时)报送:材料", "会议强调，要抓好落实；各单位要（按时）报送：材料")]
    [InlineData("会议定于10:30开始,请大家准时参加", "会议定于10:30开始，请大家准时参加")]
    [InlineData("全市共有3,000名驻村干部参加培训", "全市共有3,000名驻村干部参加培训")]
    [InlineData("接口错误按照RFC 7807格式返回", "接口错误按照RFC 7807格式返回")]
    [InlineData("联系人：王**，电话：138****5678", "联系人：王**，电话：138****5678")]
    public void Half_width_punctuation_between_chinese_becomes_full_width_but_numbers_and_codes_stay(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.NormalizeInline(input));

    [Fact]
    public void Comma_after_a_closing_parenthesis_in_chinese_becomes_full_width() =>
        Assert.Equal("请大家准时参加（线上同步），具体要求另行通知", TextCleaner.NormalizeInline("请大家准时参加(线上同步),具体要求另行通知"));

    [Fact]
    public void Redaction_marks_survive_into_the_outline()
    {
        var outline = Frontend.Outline("关于信访工作的通报\n\n一、基本情况\n\n来信人王**反映，某村干部在征地补偿中存在问题，经调查基本属实。\n\n二、处理结果\n\n对责任人李**给予党内警告处分，责令退还多收款项。\n");

        Assert.Contains("王**", outline.Sections[0].Body, StringComparison.Ordinal);
        Assert.Contains("李**", outline.Sections[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void One_line_body_wrapped_with_spaces_is_split_into_paragraphs_and_headings()
    {
        var outline = Frontend.FixtureOutline("wrapped_blob_zh.txt");

        Assert.Equal("在全区基层党建工作会议上的讲话", outline.Title);
        Assert.Equal("同志们：", outline.Salutation);
        Assert.Equal(["一、 聚焦主责主业，压紧压实党建责任", "二、 坚持问题导向，补齐基层组织短板"],
            outline.Sections.Select(s => s.Marker + " " + s.Heading));
        Assert.StartsWith("这次会议的主要任务", outline.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("一、", outline.Opening, StringComparison.Ordinal);
        // The page-line breaks inside words (重 点, 基 层) are gone.
        Assert.Contains("安排部署今年重点任务", outline.Opening, StringComparison.Ordinal);
        Assert.Equal("各级党组织书记要切实履行第一责任人职责，把党建工作和业务工作同谋划、同部署、同考核。要建立问题清单、任务清单、责任清单，定期研究解决突出问题。",
            outline.Sections[0].Body);
    }

    [Fact]
    public void Heading_and_body_on_one_line_separated_by_a_space_stay_apart()
    {
        var outline = Frontend.Outline("在全市乡村振兴工作会议上的讲话\n\n一、巩固脱贫成果 要健全防止返贫监测机制，守住底线。\n\n二、推进产业发展 要因地制宜发展特色产业，做强做优农产品加工业。\n");

        Assert.Equal(["巩固脱贫成果", "推进产业发展"], outline.Sections.Select(s => s.Heading));
    }
}

public class WrappedBlobFalseFriendTests
{
    [Fact]
    public void A_long_paragraph_with_a_few_spaces_in_it_is_one_paragraph_not_page_lines_joined()
    {
        var sentence = "第一点，不理解改革的人就请他离开小组，我想能不能**每个月调整一次名单** ，我一年签十二次字也愿意，就是一定要流动，核心小组一定要走掉一些人，一定要进来一些人，为什么总把机会留给不学习的人呢？";
        var rest = string.Concat(Enumerable.Repeat("很多基层干部跟我说，他们也想来学习，也想有这样的机会，我们要把机会留给真正努力的人。", 8));
        var outline = SlideGen.Tests.Sections.Frontend.Outline($"在项目动员会上的讲话\n\n{sentence}{rest} 这是后话，先说到这里。 {rest}\n\n第二，大家都知道公司需要一场变革。后面还有很多话要讲，今天先讲这些。\n", "talk.md");

        Assert.Equal(2, outline.Sections.Count);
        Assert.EndsWith("为什么总把机会留给不学习的人呢？", outline.Sections[0].Heading, StringComparison.Ordinal);
    }
}

public class HeaderFieldWrapTests
{
    [Fact]
    public void Header_fields_of_a_hard_wrapped_text_stay_lines_of_their_own()
    {
        var body = string.Join("\n", Enumerable.Range(0, 12).Select(i => "This line of the body is wrapped at about seventy columns, as plain texts are."));
        var outline = SlideGen.Tests.Sections.Frontend.Outline(
            "Title: Methods that trim a known prefix from strings in the library\nAuthor: Ann Writer <ann@example.org>\nStatus: Final\nCreated: 01-Feb-2021\n\n\nAbstract\n========\n\n" + body + "\n\n\nRationale\n=========\n\n" + body + "\n", "proposal.txt");

        Assert.Equal("Methods that trim a known prefix from strings in the library", outline.Title);
        Assert.Equal("Ann Writer", outline.Speaker);
    }
}
