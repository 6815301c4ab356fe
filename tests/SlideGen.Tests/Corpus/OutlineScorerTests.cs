using System.Text.Json.Nodes;
using SlideGen.Corpus.Scoring;

namespace SlideGen.Tests.Corpus;

/// <summary>
/// The port of ../shared/tools/score_outline.py on outlines written for these tests: each expected line is what the
/// Python scorer printed for the same gold and outline, character for character.
/// </summary>
public class OutlineScorerTests
{
    // Depth-aware matching, an optional gold point, points below a matched gold leaf (一是, 二是) left out of precision
    // but not of f1_strict, key phrases by containment, bullet shape, a title that holds the gold title, and noise found
    // in the outline's JSON text (a key name counts; a quoted word does not, since json.dumps escapes its quotes).
    private const string ChineseGold = """
        {"title": "在全市教育工作会议上的讲话", "noise": ["责任编辑", "扫码关注", "\"share\"", "heading"],
         "sections": [
          {"heading": "一、回顾过去一年的工作", "children": [
             {"heading": "（一）教育质量稳步提高", "key_phrases": ["教育质量", "义务教育均衡发展"]},
             {"heading": "（二）办学条件明显改善", "key_phrases": ["新建学校十二所"]}]},
          {"heading": "二、明确今年的重点任务", "children": [
             {"heading": "（一）推进学前教育普及", "optional": true},
             {"heading": "（二）加强教师队伍建设", "key_phrases": ["师德师风", "教师培训"]}]},
          {"heading": "三、切实加强组织领导", "key_phrases": ["组织领导"]}
         ]}
        """;

    private const string ChineseOutline = """
        {"title": "市教育局局长在全市教育工作会议上的讲话（2024年）", "subtitle": null, "language": "zh", "warnings": ["x(3): 编号跳过"],
         "sections": [
          {"marker": "一、", "heading": "回顾过去一年的工作", "line": 5, "bullets": ["回顾"], "children": [
             {"marker": "（一）", "heading": "教育质量稳步提高", "line": 7, "bullets": ["全面提升教育质量水平", "推动义务教育优质均衡发展，确保每个孩子都能享有公平而有质量的教育，这是我们的根本任务"], "children": [
                {"marker": "一是", "heading": "抓课堂", "line": 8, "bullets": [], "children": []},
                {"marker": "二是", "heading": "抓教研", "line": 9, "bullets": ["教研"], "children": []}]},
             {"marker": "（二）", "heading": "办学条件改善明显", "line": 12, "bullets": ["新建学校12所", "改扩建校舍"], "children": []},
             {"marker": "（三）", "heading": "责任编辑：张三", "line": 14, "bullets": [], "children": []}]},
          {"marker": "二、", "heading": "明确今年的重点任务", "line": 20, "bullets": [], "children": [
             {"marker": "（一）", "heading": "推进学前教育普及普惠", "line": 21, "bullets": ["学前教育", "普惠"], "children": []},
             {"marker": "（二）", "heading": "加强教师队伍", "line": 25, "bullets": ["师德师风建设", "教师", "培训", "a", "b", "c", "d", "e"], "children": []}]},
          {"marker": "", "heading": "扫码关注我们 \"share\"", "line": 40, "bullets": [], "children": []}
         ]}
        """;

    private const string ChineseExpected = """
        {"title_ok": true, "precision": 0.75, "recall": 0.833, "f1": 0.789, "f1_strict": 0.698, "below_gold_leaves": 2, "gold_required": 6, "predicted": 10, "matched_required": 5, "kp_recall": 0.5, "kp_total": 6, "kp_recall_f1": 0.667, "leaves": 7, "bullets": 13, "bullets_too_long": 0, "leaves_bad_bullet_count": 5, "noise_leaked": ["责任编辑", "扫码关注", "heading"]}
        """;

    // English: any_depth, a title that does not match, a long bullet (over 120 characters), İ lower-cased.
    private const string EnglishGold = """
        {"title": "Problem Details for HTTP APIs", "language": "en", "any_depth": true,
         "sections": [
          {"heading": "1. Introduction"},
          {"heading": "2. Requirements", "key_phrases": ["key words"]},
          {"heading": "3. The Problem Details JSON Object", "children": [
             {"heading": "3.1. Members of a Problem Details Object", "key_phrases": ["type member", "status code"]},
             {"heading": "3.2. Extension Members"}]},
          {"heading": "İstanbul Notes", "optional": true}
         ]}
        """;

    private const string EnglishOutline = """
        {"title": "RFC 7807: Problem Details", "language": "en-US",
         "sections": [
          {"marker": "1.", "heading": "Introduction", "bullets": ["This document defines a problem detail as a way to carry machine-readable details of errors in a HTTP response to avoid the need to define new error response formats for HTTP APIs."], "children": []},
          {"marker": "2.", "heading": "Requirements", "bullets": ["The key words MUST and SHOULD"], "children": []},
          {"marker": "3.", "heading": "The Problem Details JSON Object", "bullets": [], "children": [
             {"marker": "3.1.", "heading": "Members of a Problem Details Object", "bullets": ["The type member", "status"], "children": []}]},
          {"marker": "3.2.", "heading": "Extension Members", "bullets": ["extensions", "members"], "children": []},
          {"marker": "", "heading": "İSTANBUL NOTES", "bullets": [], "children": []}
         ]}
        """;

    private const string EnglishExpected = """
        {"title_ok": false, "precision": 1.0, "recall": 1.0, "f1": 1.0, "f1_strict": 1.0, "below_gold_leaves": 0, "gold_required": 5, "predicted": 6, "matched_required": 5, "kp_recall": 0.667, "kp_total": 3, "kp_recall_f1": 0.667, "leaves": 5, "bullets": 6, "bullets_too_long": 1, "leaves_bad_bullet_count": 3, "noise_leaked": []}
        """;

    [Theory]
    [InlineData(ChineseGold, ChineseOutline, ChineseExpected)]
    [InlineData(EnglishGold, EnglishOutline, EnglishExpected)]
    public void Score_prints_what_score_outline_py_prints(string gold, string outline, string expected)
    {
        var score = OutlineScorer.Score(JsonNode.Parse(gold)!.AsObject(), JsonNode.Parse(outline)!.AsObject());

        Assert.Equal(expected, score.ToPythonJson());
    }

    [Theory]
    [InlineData("一、回顾过去一年的工作", "回顾过去一年的工作")]
    [InlineData("（二）加强教师队伍建设", "加强教师队伍建设")]
    [InlineData("二是大力推进新型工业化，加快构建现代化产业体系", "大力推进新型工业化加快构建现代化产业体系")]
    [InlineData("3.1. Members of a Problem Details Object", "membersofaproblemdetailsobject")]
    [InlineData("## 第一章 总则", "章总则")]  // as Python: "#" and then "第一" are both markers
    [InlineData("\u001c 1. Spaces Python counts", "spacespythoncounts")]
    public void Norm_drops_two_markers_and_the_punctuation(string heading, string expected) =>
        Assert.Equal(expected, OutlineScorer.Norm(System.Text.RegularExpressions.Regex.Unescape(heading)));

    [Fact]
    public void Gold_points_are_the_required_leaves() =>
        Assert.Equal(4, OutlineScorer.GoldPoints(JsonNode.Parse(ChineseGold)!.AsObject()));
}
