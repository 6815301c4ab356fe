using SlideGen.Cleaning;
using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

public class RunInMarkerTests
{
    private static List<SlideGen.Reading.SourceBlock> Paragraphs(string text, bool? lost = null, string path = "speech.txt")
    {
        var cleaned = TextCleaner.Clean(Frontend.Load(text, path));
        return RunInMarkers.Split(cleaned.Blocks, lost ?? cleaned.ParagraphBreaksLost);
    }

    [Fact]
    public void Marker_after_a_full_stop_opens_a_new_paragraph_where_paragraph_breaks_were_lost()
    {
        var paragraphs = Paragraphs("关于安全生产的讲话\n\n下一步要重点抓好三项工作。一是压实安全责任，层层签订责任书。二是深化隐患排查，建立整改台账。三是强化应急准备，定期开展演练。\n", lost: true);

        Assert.Equal(
            ["关于安全生产的讲话", "下一步要重点抓好三项工作。", "一是压实安全责任，层层签订责任书。", "二是深化隐患排查，建立整改台账。", "三是强化应急准备，定期开展演练。"],
            paragraphs.Select(b => b.Text));
    }

    [Fact]
    public void A_document_on_a_few_long_lines_is_judged_to_have_lost_its_paragraph_breaks()
    {
        var sentence = "今年以来，我们坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展保持良好态势，人民群众获得感不断增强。";
        var longLine = string.Concat(Enumerable.Repeat(sentence, 80));
        var manyParagraphs = string.Join("\n\n", Enumerable.Repeat(sentence, 40));

        Assert.True(TextCleaner.Clean(Frontend.Load("关于工作的报告\n\n" + longLine + "\n")).ParagraphBreaksLost);
        Assert.False(TextCleaner.Clean(Frontend.Load("关于工作的报告\n\n" + manyParagraphs + "\n")).ParagraphBreaksLost);
    }

    [Fact]
    public void An_enumeration_inside_a_body_paragraph_stays_in_its_paragraph()
    {
        var paragraph = "今年要重点抓好三项工作。一是压实安全责任，层层签订责任书。二是深化隐患排查，建立整改台账。三是强化应急准备，定期开展演练。";
        var paragraphs = Paragraphs($"关于安全生产的讲话\n\n一、总结去年工作\n\n{paragraph}\n\n二、部署今年任务\n\n各单位要对照清单逐项落实，确保责任到人。\n");

        Assert.Contains(paragraph, paragraphs.Select(b => b.Text));
        Assert.DoesNotContain(paragraphs, b => b.Text.StartsWith("二是", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enumeration_in_a_points_own_paragraph_is_split_off_as_pieces_that_continue_it()
    {
        var paragraphs = Paragraphs("关于安全生产的讲话\n\n第一，压实责任。这项工作要抓好两点。一是层层签订责任书。二是建立整改台账。\n\n第二，强化应急准备。要定期开展演练，提升处置能力。\n");

        Assert.Equal(
            [("第一，压实责任。这项工作要抓好两点。", false), ("一是层层签订责任书。", true), ("二是建立整改台账。", true)],
            paragraphs.Where(b => b.Line == 3).Select(b => (b.Text, b.ContinuesParagraph)));
    }

    [Fact]
    public void A_piece_keeps_the_emphasis_that_falls_inside_it()
    {
        var paragraphs = Paragraphs("# 讲话\n\n第一，**压实责任**。要抓好两点。一是**签订责任书**。二是建立台账。\n", lost: false, path: "speech.md");
        var piece = paragraphs.Single(b => b.Text.StartsWith("一是", StringComparison.Ordinal));

        Assert.Equal(["签订责任书"], piece.Emphasis.Select(e => piece.Text.Substring(e.Start, e.Length)));
    }
}

public class EnumerationAfterAColonTests
{
    [Fact]
    public void A_speech_whose_only_points_follow_a_colon_one_sentence_each_finds_them()
    {
        var outline = Frontend.Outline("""
            新学期开学典礼讲话

            老师们、同学们：

            过去一年，学校实现了全方位的提升：一是学校发展迈上了新台阶。办学条件持续改善。二是教学业绩取得了新突破。高考成绩再创新高。

            新的一年，我们要继续努力：一是要发扬孺子牛精神。全心全意为师生服务。二是要发扬拓荒牛精神。勇于改革创新。
            """);

        Assert.Equal(["学校发展迈上了新台阶", "教学业绩取得了新突破", "要发扬孺子牛精神", "要发扬拓荒牛精神"], Frontend.All(outline).Select(n => n.Heading));
    }

    [Fact]
    public void An_enumeration_inside_one_sentence_after_a_colon_stays_in_it()
    {
        var outline = Frontend.Outline("""
            关于学校工作的讲话

            一、主要工作

            今年重点抓了三件事：一是课程改革，二是教师培训，三是校园建设。各项工作都取得了成效。

            二、下一步打算

            明年将继续推进各项工作。
            """);

        Assert.Equal(["主要工作", "下一步打算"], Frontend.All(outline).Select(n => n.Heading));
    }
}
