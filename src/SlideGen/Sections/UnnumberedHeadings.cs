using System.Text.RegularExpressions;
using SlideGen.Cleaning;
using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>
/// Headings that carry no number: a run-in label ending in a colon (总体要求：), a bold lead phrase that opens its
/// paragraph (**健全…机制**。…), and a short line standing alone before the text it heads (上年工作回顾, "A Growing
/// Economy"). Each is weak evidence on one paragraph, so a kind counts only as a convention of the document: at least
/// two paragraphs of its shape (three for a short sentence alone on its line). Bare lines are the top level where no
/// section numbering is, and head parts of the numbered sections where it is; short sentences alone on their line head
/// parts of numbered sections only. Lines, the weakest evidence, give way to labels and bold leads.
/// </summary>
public static partial class UnnumberedHeadings
{
    public const string LabelStyle = "label";
    public const string BoldLeadStyle = "bold-lead";
    public const string LineStyle = "line";
    public const string ParallelLeadStyle = "parallel-lead";
    /// <summary>A paragraph led by a dash (——城市功能持续提升。…), one of several in a report's part.</summary>
    public const string DashLeadStyle = "dash-lead";
    /// <summary>A bare line inside a numbered section: it heads a part of that section.</summary>
    public const string SectionLineStyle = "section-line";
    /// <summary>A short sentence alone on its line before its text (把每一所乡村学校办好。).</summary>
    public const string SentenceLineStyle = "sentence-line";

    /// <summary>Styles that head a part of the section they are in, below its heading and beside its numbered points.</summary>
    public static bool HeadsPartOfSection(string style) => style is LabelStyle or SectionLineStyle or SentenceLineStyle;

    /// <summary>The kinds of unnumbered heading a document uses as a convention, judged on its body's blocks.</summary>
    public sealed record Conventions(bool Labels, bool BoldLeads, bool Lines, bool SectionLines, bool SentenceLines, IReadOnlySet<int> ParallelLeads, bool DashLeads = false);

    /// <param name="markers">Each block's numbering marker, or null.</param>
    public static Conventions Judge(IReadOnlyList<SourceBlock> blocks, IReadOnlyList<MarkerMatch?> markers, int bodyStart, bool hasTopLevelNumbering)
    {
        int labels = 0, boldLeads = 0, lines = 0, sentenceLines = 0, dashLeads = 0;
        for (var i = bodyStart; i < blocks.Count; i++)
        {
            if (markers[i] is not null || blocks[i].Kind != BlockKind.Paragraph) continue;
            if (Label(blocks[i]) is not null) labels++;
            if (BoldLead(blocks[i]) is not null) boldLeads++;
            if (BareLine(blocks, i) is not null) lines++;
            if (SentenceLine(blocks, i) is not null) sentenceLines++;
            if (DashLead(blocks[i]) is not null) dashLeads++;
        }
        // Bare lines are the weakest evidence: where labels or bold leads head the parts, short lines are captions.
        var bareLines = lines >= 2 && labels < 2 && boldLeads < 2;
        var leads = ParallelLeads(blocks, bodyStart);
        if (!hasTopLevelNumbering) leads.UnionWith(TopicQuestions(blocks, bodyStart));
        return new Conventions(labels >= 2, boldLeads >= 2, bareLines && !hasTopLevelNumbering, bareLines && hasTopLevelNumbering,
            sentenceLines >= 3 && hasTopLevelNumbering && labels < 2 && boldLeads < 2, leads, dashLeads >= 3);
    }

    /// <summary>
    /// "——城市功能持续提升。新建道路…": reports list a part's achievements or goals as paragraphs led by a dash, run-in or on
    /// lines of their own; three or more make a convention. A dash before a date (——2024年3月5日在…) or a name after a
    /// quotation (——鲁迅) heads nothing.
    /// </summary>
    private static MarkerMatch? DashLead(SourceBlock block)
    {
        var text = block.Text.Trim();
        if (!text.StartsWith("——", StringComparison.Ordinal)) return null;
        var rest = text[2..].TrimStart();
        var firstSentence = rest.IndexOfAny(['。', '！', '？']) is var end and >= 0 ? rest[..end] : rest;
        if (firstSentence.Count(Scripts.IsHan) < 6 || DashedDate().IsMatch(rest)) return null;
        return new MarkerMatch(DashLeadStyle, "——", 1, rest, MarkerShape.Inline, Strict: false);
    }

    [GeneratedRegex(@"^\d{4}年|^[〇○零一二三四五六七八九]{4}年")]
    private static partial Regex DashedDate();

    /// <summary>
    /// "关于为什么要办这个班？…" "关于办起来以后要做什么？…": a speaker who names each part as a question about its topic
    /// and answers it in the paragraphs that follow. Two or more make the parts of a text that has no section numbers.
    /// </summary>
    private static List<int> TopicQuestions(IReadOnlyList<SourceBlock> blocks, int bodyStart)
    {
        var found = new List<int>();
        for (var i = bodyStart; i < blocks.Count; i++)
            if (blocks[i].Kind == BlockKind.Paragraph && !blocks[i].ContinuesParagraph && OpensWithTopicQuestion(blocks[i].Text))
                found.Add(i);
        return found.Count >= 2 ? found : [];
    }

    /// <summary>A paragraph that opens with a question about its topic (关于…？) opens a point, with its enumerations under it.</summary>
    public static bool OpensWithTopicQuestion(string text) => TopicQuestion().IsMatch(text.TrimStart());

    [GeneratedRegex(@"^关于[^。！？\n]{2,40}？")]
    private static partial Regex TopicQuestion();

    /// <summary>
    /// Three or more paragraphs in a row that open alike (这一年，我们…; 值得欣慰的是，… 更为可喜的是，…) are the points
    /// of their part, each headed by its first sentence. In a row, because a lead that recurs across a document
    /// (同时，) is a connective, not a point.
    /// </summary>
    private static HashSet<int> ParallelLeads(IReadOnlyList<SourceBlock> blocks, int bodyStart)
    {
        var found = new HashSet<int>();
        var run = new List<int>();
        string? runLead = null;
        void Close()
        {
            if (run.Count >= 3) found.UnionWith(run);
            run.Clear();
            runLead = null;
        }
        for (var i = bodyStart; i < blocks.Count; i++)
        {
            var lead = blocks[i].Kind == BlockKind.Paragraph && !blocks[i].ContinuesParagraph ? Lead(blocks[i].Text.Trim()) : null;
            if (lead is null || runLead is not null && !SameLead(runLead, lead)) Close();
            if (lead is null) continue;
            runLead ??= lead;
            run.Add(i);
        }
        Close();
        return found;
    }

    // A lead of two to eight characters before the first comma, in a paragraph whose first sentence can head it.
    [GeneratedRegex(@"^(?<lead>[\u4E00-\u9FFF]{2,8})，[^。！？]{4,60}[。！？]")]
    private static partial Regex LeadPattern();

    private static string? Lead(string text) =>
        LeadPattern().Match(text) is { Success: true } m && MarkerRecognizer.Match(text) is null && text.Length > m.Length
        && !Connectives.Contains(m.Groups["lead"].Value) ? m.Groups["lead"].Value : null;

    /// <summary>Words that tie a paragraph to the one before it: several in a row are a style, not points.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "同时", "此外", "另外", "因此", "所以", "但是", "然而", "当然", "目前", "其中", "例如", "比如", "总之", "对此", "为此", "可见", "而且", "并且",
    };

    /// <summary>这一年 and 这一年 alike; 值得欣慰的是 and 更为可喜的是 alike by their shared ending.</summary>
    private static bool SameLead(string a, string b) => a == b || a.Length >= 4 && b.Length >= 4 && a.EndsWith("的是", StringComparison.Ordinal) && b.EndsWith("的是", StringComparison.Ordinal);

    /// <summary>The paragraph's first sentence as the heading, the rest as the point's first text.</summary>
    public static (string Heading, string Remainder) SplitParallelLead(string text)
    {
        var end = text.IndexOfAny(['。', '！', '？']);
        return end < 0 ? (text, "") : (text[..end], text[(end + 1)..].Trim());
    }

    public static MarkerMatch? Match(IReadOnlyList<SourceBlock> blocks, int index, Conventions conventions)
    {
        var block = blocks[index];
        if (block.Kind != BlockKind.Paragraph || block.ContinuesParagraph) return null;
        if (conventions.Labels && Label(block) is { } label) return label;
        if (conventions.BoldLeads && BoldLead(block) is { } lead) return lead;
        if (conventions.Lines && BareLine(blocks, index) is { } line) return line;
        if (conventions.SectionLines && BareLine(blocks, index) is { } sectionLine) return sectionLine with { Style = SectionLineStyle };
        if (conventions.SentenceLines && SentenceLine(blocks, index) is { } sentence) return sentence;
        if (conventions.DashLeads && DashLead(block) is { } dash) return dash;
        if (conventions.ParallelLeads.Contains(index)) return new MarkerMatch(ParallelLeadStyle, "", 1, block.Text.Trim(), MarkerShape.Inline, Strict: false);
        return null;
    }

    // A label of two to eight characters, letters or digits only (总体要求, 附1), then a colon.
    [GeneratedRegex(@"^(?<label>[\p{L}\p{Nd}]{2,8})[：:]\s*")]
    private static partial Regex LabelPattern();

    /// <summary>Addresses to the audience end in a colon too; they open a speech or close it, they head nothing.</summary>
    [GeneratedRegex(@"^(?:同志们|同学们|老师们|各位|女士们|先生们|朋友们|亲爱的|尊敬的)")]
    private static partial Regex Address();

    /// <summary>Words that introduce an example or a clarification before a colon: the sentence goes on, nothing is headed.</summary>
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal)
    {
        "例如", "比如", "譬如", "其中", "包括", "具体", "具体来说", "也就是说", "尤其是", "特别是", "问", "答", "注", "备注", "说明", "即",
    };

    private static MarkerMatch? Label(SourceBlock block)
    {
        var text = block.Text.Trim();
        var m = LabelPattern().Match(text);
        if (!m.Success || !Scripts.IsChinese(m.Groups["label"].Value) || Address().IsMatch(text) || LeadIns.Contains(m.Groups["label"].Value)) return null;
        // 恩格斯说得好：“…”, 大家知道：… and 毛主席教导我们：… introduce a quotation or a thought, not a part of the text.
        var label = m.Groups["label"].Value;
        if (label[^1] is '道' or '说' or '们' or '好' or '曰' || label.EndsWith("指出", StringComparison.Ordinal)
            || label.EndsWith("强调", StringComparison.Ordinal) || label.EndsWith("认为", StringComparison.Ordinal))
            return null;
        return new MarkerMatch(LabelStyle, "", 1, text, MarkerShape.Heading, Strict: false);
    }

    /// <summary>
    /// The label as the heading, the rest of the paragraph as the point's first text. A lead-in that ends in a verb
    /// (我的第一点想法是：…) is no label but the start of the heading sentence, which runs to its full stop.
    /// </summary>
    public static HeadingSplit SplitLabel(string text)
    {
        var m = LabelPattern().Match(text);
        if (!m.Success) return HeadingSplit.Whole(text, "");
        // 找问题：开会没人来，办事没人帮 on a line of its own is a heading line whole.
        if (!text.Any(Scripts.IsSentenceEnd) && Scripts.Width(text) <= 50) return HeadingSplit.Whole(text, "");
        var label = m.Groups["label"].Value;
        return label[^1] is '是' or '为' or '要' or '有' or '说' or '讲' or '在'
            ? HeadingText.Split(text, MarkerShape.Heading)
            : HeadingSplit.Whole(label, text[m.Length..].Trim());
    }

    /// <summary>The bold lead as the heading, the rest of the paragraph as the point's first text.</summary>
    public static (string Heading, string Remainder) SplitBoldLead(SourceBlock block)
    {
        var text = block.Text;
        var start = 0;
        while (start < text.Length && Scripts.IsSpace(text[start])) start++;
        var dash = text.AsSpan(start).StartsWith("——") ? 2 : 0;
        foreach (var (spanStart, length) in block.Emphasis)
            if (spanStart == start + dash)
                return (text.Substring(spanStart, length).Trim().TrimEnd('。'), text[(spanStart + length)..].TrimStart().TrimStart('。', '，', '；', '：').Trim());
        return (text.Trim(), "");
    }

    private static MarkerMatch? BoldLead(SourceBlock block)
    {
        var text = block.Text;
        var start = 0;
        while (start < text.Length && Scripts.IsSpace(text[start])) start++;
        var dash = text.AsSpan(start).StartsWith("——") ? 2 : 0;
        foreach (var (spanStart, length) in block.Emphasis)
        {
            if (spanStart != start + dash) continue;
            var lead = text.Substring(spanStart, length).Trim();
            var after = text[(spanStart + length)..].TrimStart();
            // The bold phrase ends where a clause does: 。 inside or after it, or a comma after it (**…建设**，完善…).
            var endsSentence = lead.EndsWith('。') || after.Length > 0 && after[0] is '。' or '，' or '；' or '：';
            var bodyFollows = after.TrimStart('。', '，', '；', '：').Trim().Length > 0;
            if (lead.Length is < 4 or > 40 || !endsSentence || !bodyFollows || !Scripts.IsChinese(lead)) return null;
            return new MarkerMatch(BoldLeadStyle, dash > 0 ? "——" : "", 1, text[(start + dash)..], MarkerShape.Inline, Strict: false);
        }
        return null;
    }

    /// <summary>
    /// A short line without sentence punctuation, standing alone before a longer paragraph: 上年工作回顾, or in
    /// English a line in title or sentence case ("Toward the Great Society", "Growth for the middle class").
    /// </summary>
    private static MarkerMatch? BareLine(IReadOnlyList<SourceBlock> blocks, int index)
    {
        var text = blocks[index].Text.Trim();
        if (!IsShortLine(text) || !FollowsAFinishedSentence(blocks, index)) return null;
        // What it heads follows it: a paragraph longer than it, or a sentence; another heading line may stand between.
        for (var next = index + 1; next < blocks.Count && next <= index + 2; next++)
        {
            var following = blocks[next].Text.Trim();
            if (following.Length >= text.Length * 2 || following.Length > 0 && (Scripts.IsSentenceEnd(following[^1]) || following[^1] is '.'))
                return new MarkerMatch(LineStyle, "", 1, text, MarkerShape.Heading, Strict: false);
            if (!IsShortLine(following)) break;
        }
        return null;
    }

    /// <summary>A sentence of at most 24 characters alone on its line, before a paragraph at least twice as long.</summary>
    private static MarkerMatch? SentenceLine(IReadOnlyList<SourceBlock> blocks, int index)
    {
        var text = blocks[index].Text.Trim();
        if (text.Length is < 5 or > 24 || text[^1] != '。' || text[..^1].Any(Scripts.IsSentenceEnd) || Address().IsMatch(text) || !Scripts.IsChinese(text)) return null;
        var next = index + 1 < blocks.Count ? blocks[index + 1].Text.Trim() : "";
        return next.Length >= text.Length * 2 && MarkerRecognizer.Match(text) is null
            ? new MarkerMatch(SentenceLineStyle, "", 1, text, MarkerShape.Heading, Strict: false)
            : null;
    }

    /// <summary>A heading starts after a finished sentence; a short line after unfinished text is that text's broken end.</summary>
    private static bool FollowsAFinishedSentence(IReadOnlyList<SourceBlock> blocks, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var previous = blocks[i].Text.Trim();
            if (previous.Length == 0) continue;
            return blocks[i].Kind == BlockKind.Heading || IsShortLine(previous) || MarkerRecognizer.Match(previous) is not null
                || previous[^1] is '。' or '！' or '？' or '”' or '：' or '…' or '.' or '!' or '?' or ':' or '"' or '）' or ')';
        }
        return true;
    }

    private static bool IsShortLine(string text)
    {
        // "——鲁迅" under a quotation names its author; it heads nothing.
        if (text.Length == 0 || Address().IsMatch(text) || DateLine().IsMatch(text) || text.StartsWith('—')) return false;
        return Scripts.IsChinese(text)
            ? text.Length is >= 4 and <= 24 && !text.Any(c => "，。；：！？,.;:!?".Contains(c))
            : IsTitleCaseLine(text);
    }

    [GeneratedRegex(@"^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[\d一二三四五六七八九十]{0,3}月?[\d一二三四五六七八九十]{0,3}日?\s*[)）]?$")]
    private static partial Regex DateLine();

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "from", "as", "into", "we", "all",
    };

    private static bool IsTitleCaseLine(string text)
    {
        if (!char.IsUpper(text[0]) || text[^1] is '.' or ':' or ';' or ',' or '?' or '!' || text.Contains(", ", StringComparison.Ordinal)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 10 || !words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))) return false;
        // Title case ("Toward the Great Society"), or sentence case as many governments and sites write headings
        // ("Growth for the middle class"): a line that short with no sentence punctuation is not a sentence.
        return words.All(w => char.IsUpper(w[0]) || MinorWords.Contains(w)) || words.Length is >= 2 and <= 8;
    }
}
