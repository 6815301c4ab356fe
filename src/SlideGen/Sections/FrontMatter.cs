using System.Text.RegularExpressions;
using SlideGen.Cleaning;
using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>What stands before the body: title, subtitle, speaker, occasion, date, salutation.</summary>
/// <remarks>
/// The title block is the run of short title lines that stands directly above the body (the salutation or the first
/// paragraph of running text). A saved web page or a forwarded notice puts other things first: a page headline, a
/// covering note (各位教工：现将…), a short news item. So every run of title lines in the head of the document is a
/// candidate, scored on its evidence (what follows it, a speech or report title, a byline, a Title: field), and the
/// best one is taken; what stands before it is not part of the speech. A candidate that stands after running text needs
/// evidence of its own: a bare short line there is a heading, not a title.
/// </remarks>
public sealed partial class FrontMatter
{
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string? Speaker { get; set; }
    public string? Occasion { get; set; }
    public string? Date { get; set; }
    public string? Salutation { get; set; }
    /// <summary>What the reader should know about the front matter: running text left out before the title.</summary>
    public List<string> Warnings { get; } = [];
    /// <summary>Index of the first block of the body (after the salutation, if any).</summary>
    public int BodyStart { get; set; }

    /// <summary>Lines in one title block, at most.</summary>
    private const int MaxTitleLines = 8;

    /// <summary>Characters of running text that may stand before the title block: a covering note or a short news item.</summary>
    private const int MaxTextBeforeTitle = 1500;

    private enum Line { Skip, Salutation, Front, Text, Stop }

    private sealed record Run(int Start, int End, double Score);

    /// <summary>Reads the title block and tells where the body starts.</summary>
    public static FrontMatter Parse(IReadOnlyList<SourceBlock> blocks, SourceDocument document)
    {
        var front = new FrontMatter();
        var headline = PageHeadline(blocks);
        var hasTitle = !string.IsNullOrWhiteSpace(document.Title);

        var runs = new List<Run>();
        int? leadingSalutation = null;
        // A run at the start with no title in it: a dateline or header fields above a text that has no title.
        Run? untitled = null;
        var textBefore = 0;
        var i = headline is null ? 0 : 1;
        while (i < blocks.Count && textBefore <= MaxTextBeforeTitle)
        {
            var atStart = runs.Count == 0 && textBefore == 0;
            var kind = Classify(blocks[i], atStart, hasTitle || runs.Count > 0, inRun: false);
            if (kind == Line.Stop) break;
            if (kind == Line.Skip) { i++; continue; }
            if (kind == Line.Salutation)
            {
                // A salutation after a title block opens the body; one before any title opens a covering note.
                if (runs.Count > 0) break;
                if (textBefore == 0) leadingSalutation ??= i;
                i++;
                continue;
            }
            if (kind == Line.Text)
            {
                textBefore += blocks[i].Text.Trim().Length;
                i++;
                continue;
            }
            var start = i;
            var lines = 0;
            while (i < blocks.Count && lines < MaxTitleLines)
            {
                var line = Classify(blocks[i], atStart && lines == 0, hasTitle || lines > 0, inRun: true);
                if (line == Line.Skip) { i++; continue; }
                if (line != Line.Front) break;
                lines++;
                i++;
            }
            if (ScoreRun(blocks, start, i, atStart, headline) is { } score) runs.Add(new Run(start, i, score));
            else if (atStart) untitled ??= new Run(start, i, 0);
        }

        var chosen = runs.Count == 0 ? untitled : runs.MaxBy(r => r.Score);
        var titleLines = new List<string>();
        if (chosen is not null)
        {
            for (var k = chosen.Start; k < chosen.End; k++)
                if (blocks[k].Text.Trim() is { Length: > 0 } text) titleLines.Add(text);
            front.BodyStart = chosen.End;
            var leftOut = blocks.Take(chosen.Start).Where(b => IsRunningText(b)).ToList();
            if (leftOut.Count > 0)
                front.Warnings.Add($"{document.Path}({leftOut[0].Line}): {leftOut.Count} paragraph{(leftOut.Count == 1 ? "" : "s")} before the title left out as not part of the text (a covering note, a page headline or another article)");
        }
        // The page's own headline is not the speech's title when the speech has one of its own below it.
        // Above it stands the page, not the speech.
        if (headline is not null && titleLines.FindLastIndex(l => Compact(l) == Compact(headline)) is var h and >= 0 && h < titleLines.Count - 1)
            titleLines.RemoveRange(0, h + 1);

        var after = SkipBlank(blocks, front.BodyStart);
        if (chosen is not null && after < blocks.Count && IsSalutation(blocks[after].Text.Trim()))
        {
            front.Salutation = blocks[after].Text.Trim();
            front.BodyStart = after + 1;
        }
        else if (chosen is null && leadingSalutation is { } s)
        {
            front.Salutation = blocks[s].Text.Trim();
            front.BodyStart = s + 1;
        }

        front.Speaker = document.Author;
        front.Date = document.Date;
        var remaining = new List<string>();
        if (hasTitle)
        {
            front.Title = document.Title!.Trim();
            remaining.AddRange(titleLines.Where(l => l != front.Title));
        }
        else
        {
            remaining.AddRange(titleLines);
        }
        var header = IsHeaderBlock(remaining);
        if (front.Title.Length == 0 && !remaining.Any(IsTitleField))
        {
            // The first line that is neither a field, a date nor a byline.
            var lead = remaining.FirstOrDefault(l => IsTitleText(l, header));
            if (lead is not null)
            {
                front.Title = StripNoteMark(lead.TrimStart('#', ' '));
                remaining.Remove(lead);
            }
        }
        foreach (var line in remaining) front.Classify(line, header);
        if (front.Title.Length == 0 && headline is not null) front.Title = headline;
        if (front.Title.Length == 0 && ChapterHeading(blocks, front.BodyStart) is { } top) front.Title = top;
        if (front.Title.Length == 0) front.Title = Path.GetFileNameWithoutExtension(document.Path);
        front.ReadTitlePattern(front.Title);
        return front;
    }

    /// <summary>What one block is to the title search.</summary>
    private static Line Classify(SourceBlock block, bool atStart, bool titleSeen, bool inRun)
    {
        var text = block.Text.Trim();
        if (block.Kind is BlockKind.Image or BlockKind.Table || text.Length == 0) return Line.Skip;
        if (IsSalutation(text)) return inRun ? Line.Text : Line.Salutation;
        if (block.Kind == BlockKind.Heading)
            // A level-1 heading that opens the document is its title; any other heading opens the body.
            return block.HeadingLevel is null or 1 && atStart && !titleSeen ? Line.Front : Line.Stop;
        // After a title, a bold line opens the body: it is the first heading of a bold-heading document.
        if (block.IsBold && titleSeen) return Line.Stop;
        if (MarkerRecognizer.Match(text) is { } marker)
            return marker.Shape == MarkerShape.Heading && Scripts.Width(text) <= 50 && !text.Any(Scripts.IsSentenceEnd) ? Line.Stop : Line.Text;
        return IsTitleShaped(text) ? Line.Front : Line.Text;
    }

    private static bool IsRunningText(SourceBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Trim() is { Length: > 0 } text && !IsTitleShaped(text) && !IsSalutation(text);

    /// <summary>A title line is short and does not end a sentence ("Good evening, and thank you." does).</summary>
    private static bool IsTitleShaped(string text) =>
        Scripts.Width(text) <= 50 && text[^1] is not ('。' or '！' or '？' or '.' or '!' or '?' or '；' or ';' or '，' or ',')
        || Field().IsMatch(text) && Scripts.Width(text) <= 80 && !Scripts.IsSentenceEnd(text[^1]);

    /// <summary>
    /// How much a run of title lines looks like the document's title block, or null when it cannot be one.
    /// </summary>
    private static double? ScoreRun(IReadOnlyList<SourceBlock> blocks, int start, int end, bool first, string? headline)
    {
        var lines = Enumerable.Range(start, end - start).Select(k => blocks[k].Text.Trim()).Where(t => t.Length > 0).ToList();
        var header = IsHeaderBlock(lines);
        var titleText = lines.Where(l => IsTitleText(l, header)).ToList();
        var titleField = lines.Any(IsTitleField);
        if (titleText.Count == 0 && !titleField) return null;

        var after = SkipBlank(blocks, end);
        var next = after < blocks.Count ? blocks[after].Text.Trim() : "";
        double score = 0;
        if (IsSalutation(next)) score += 3;
        else if (after < blocks.Count) score += 2;
        var named = lines.Any(l => SpeechTitle().IsMatch(l) || DocumentKind().IsMatch(StripNoteMark(l)) || IsOccasionLine(WithoutDash(l)));
        var byline = lines.Skip(1).Any(l => LooksLikeByline(l) || IsShortName(l) && lines.Count > 1);
        if (named) score += 2;
        if (byline) score += 2;
        if (titleField) score += 3;
        if (first) return score + 1;
        // After running text a run needs evidence of its own; a bare short line there is a heading. Its lines stand
        // on lines of their own: a piece of a longer line that cleaning split off is running text.
        var wholeLines = Enumerable.Range(start, end - start).All(k => IsWholeLine(blocks, k));
        // Two Title Case lines after the opening are stacked headings ("A Growing Service" over "Outpatient Care"), not a
        // title over a name: only a Chinese byline or an English "By …" line speaks for a title there.
        var laterByline = byline && lines.Skip(1).Any(l => Scripts.IsChinese(l) || l.StartsWith("By ", StringComparison.OrdinalIgnoreCase));
        return wholeLines && (named || laterByline || titleField || IsSalutation(next) && IsWholeLine(blocks, after)) ? score : null;
    }

    private static bool IsWholeLine(IReadOnlyList<SourceBlock> blocks, int k) =>
        blocks[k].Column == 1 && (k == 0 || blocks[k - 1].Line != blocks[k].Line) && (k + 1 == blocks.Count || blocks[k + 1].Line != blocks[k].Line);

    private static int SkipBlank(IReadOnlyList<SourceBlock> blocks, int i)
    {
        while (i < blocks.Count && blocks[i].Text.Trim().Length == 0 && blocks[i].Kind is not (BlockKind.Image or BlockKind.Table)) i++;
        return i;
    }

    /// <summary>
    /// A saved web page starts with the page's title, "headline - section - site" ("…--学习专栏-某某中学", "…_某某网",
    /// "… | example.gov.cn"): the first part is the page's headline, the rest is the site's furniture. Site names are
    /// Chinese or domain names; an English title with a dash in it is left alone.
    /// </summary>
    private static string? PageHeadline(IReadOnlyList<SourceBlock> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Kind != BlockKind.Paragraph) return null;
        var m = PageTitle().Match(blocks[0].Text.Trim());
        return m.Success ? m.Groups["h"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?<h>[^|_]{4,80}?)\s*(?:--|\s[-|–]\s|_|\|)\s*(?<site>(?=[\p{L}\p{N}.]*(?:\p{IsCJKUnifiedIdeographs}|\.[a-z]{2,}))[\p{L}\p{N}.]{2,24})(?:\s*(?:--|[-|_–])\s*(?=[\p{L}\p{N}.]*(?:\p{IsCJKUnifiedIdeographs}|\.[a-z]{2,}))[\p{L}\p{N}.]{2,24}){0,3}$")]
    private static partial Regex PageTitle();

    /// <summary>The document's only top-level heading names the whole of it (a chapter saved on its own): its title.</summary>
    private static string? ChapterHeading(IReadOnlyList<SourceBlock> blocks, int start)
    {
        var headings = blocks.Skip(start).Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel is not null).ToList();
        if (headings.Count < 2) return null;
        var top = headings.Min(h => h.HeadingLevel!.Value);
        if (headings[0].HeadingLevel != top || headings.Count(h => h.HeadingLevel == top) != 1) return null;
        var index = blocks.ToList().IndexOf(headings[0]);
        if (blocks.Take(index).Skip(start).Any(b => b.Kind != BlockKind.Image && b.Text.Trim().Length > 0 && !MarkupOnly().IsMatch(b.Text.Trim()))) return null;
        var text = HtmlTag().Replace(headings[0].Text, "").Trim();
        var withoutNumber = SectionNumber().Replace(text, "");
        return withoutNumber.Length > 0 ? withoutNumber : text;
    }

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|Chapter\s+\d+[.:]?)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^(?:<[^>]*>\s*)+$")]
    private static partial Regex MarkupOnly();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();

    private static string Compact(string text) => new(text.Where(c => !Scripts.IsSpace(c)).ToArray());

    /// <summary>A line that can be the title: not a field, a date or a byline, nor a word left over from a broken line ("次").</summary>
    private static bool IsTitleText(string line, bool header) =>
        !IsField(line, header) && !IsDate(line) && !ParenthesizedLine().IsMatch(line) && !LooksLikeByline(line) && !IsShortName(line)
        && !DashLine().IsMatch(line) && !ByLine().IsMatch(line) && line.Count(char.IsLetterOrDigit) >= 2;

    /// <summary>"在…会议上", alone or followed by the speaker: a line of the title block, never of running text.</summary>
    private static bool IsOccasionLine(string line) =>
        OccasionLine().Match(line) is { Success: true } m && m.Groups["who"].Value.Trim() is var who && (who.Length == 0 || LooksLikeByline(who) || IsShortName(who));

    /// <summary>
    /// A field whose key a deck knows (Title:, 作者：), or any field of a header block (two or more fields, as PEPs and
    /// e-mail-like headers have). A lone line with an unknown key ("主题：…") is an ordinary line of the title block.
    /// </summary>
    private static bool IsField(string line, bool header) =>
        Field().Match(line) is { Success: true } m && (header || FieldKind(m.Groups["k"].Value) is not null);

    private static bool IsHeaderBlock(IEnumerable<string> lines) => lines.Count(l => Field().IsMatch(l) && !Scripts.IsChinese(l)) >= 2;

    private static bool IsTitleField(string line) => Field().Match(line) is { Success: true } m && FieldKind(m.Groups["k"].Value) == "title";

    private static string WithoutDash(string line) => DashLine().Match(line) is { Success: true } m ? m.Groups["s"].Value : line;

    private static bool IsDate(string line) => DateLine().IsMatch(line) || LabelledDate().IsMatch(line);

    /// <summary>A footnote mark after a title (※ * ①) points to a note, not to the title's words.</summary>
    private static string StripNoteMark(string line) => line.TrimEnd('※', '*', '＊', '†', ' ', '\u3000');

    private static string? RemoveFromSubtitle(string? subtitle, string line)
    {
        if (subtitle is null) return null;
        if (subtitle == line) return null;
        if (subtitle.StartsWith(line + " ", StringComparison.Ordinal)) return subtitle[(line.Length + 1)..];
        return subtitle.Replace(" " + line, "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:——|—|--)\s*(?<s>.+)$")]
    private static partial Regex DashLine();

    [GeneratedRegex(@"^[（(](?<s>.+)[）)]$")]
    private static partial Regex ParenthesizedLine();

    [GeneratedRegex(@"^(?<who>.{0,30}?)在(?<occasion>.{2,60}?)(?:上|中|期间)?的(?:讲话|致辞|发言|报告|总结讲话|工作报告|主持词|动员讲话|讲话提纲|党课)$")]
    private static partial Regex SpeechTitle();

    /// <summary>"2026年1月8日在某市第九届人民代表大会第五次会议上", optionally followed by the speaker.</summary>
    [GeneratedRegex(@"^(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*在(?<occasion>.{2,60}?(?:会议|大会|会|论坛|典礼|仪式|活动|座谈会|报告会|学习|开幕式|闭幕式|年会|峰会))(?:上|时|期间)(?:的(?:讲话|致辞|发言|报告))?[，,\s]*(?<who>.*)$")]
    private static partial Regex OccasionLine();

    /// <summary>A line that names a kind of document: a speech, a report, a summary (…工作报告, …讲话稿, Remarks on …).</summary>
    [GeneratedRegex(@"(?:讲话|讲话稿|讲稿|致辞|贺词|发言|发言稿|报告|总结|演讲|演讲稿|党课|主持词|汇报|述职报告|工作要点|实施方案|规划)$|^(?:Remarks|Address|Speech|Statement|Keynote|Report|Lecture)\b|\b(?:Remarks|Address|Speech|Report|Lecture)$")]
    private static partial Regex DocumentKind();

    [GeneratedRegex(@"^(?:(?:given|delivered|dated|presented|written|spoken|made)\s+(?:on\s+|at\s+)?)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:by|authors?:|speakers?:|presented by|prepared by|written by|delivered by)\s+(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    /// <summary>A header field, "Key: value" (PEP: 257, Title: …, 来源：北京日报, 作者：…): a short key without spaces in Chinese.</summary>
    [GeneratedRegex(@"^(?<k>[A-Za-z][A-Za-z-]{0,24}|[\p{IsCJKUnifiedIdeographs}]{1,6})\s*[:：]\s*(?<v>\S.*)$")]
    private static partial Regex Field();

    /// <summary>What a field's key says the value is; null for fields a deck does not show (source, status, editor).</summary>
    private static string? FieldKind(string key) => key.ToLowerInvariant() switch
    {
        "title" or "标题" or "题目" => "title",
        "subtitle" or "副标题" => "subtitle",
        "author" or "authors" or "speaker" or "speakers" or "by" or "作者" or "主讲" or "主讲人" or "讲话人" or "报告人" or "发言人" => "speaker",
        "date" or "created" or "published" or "时间" or "日期" => "date",
        "occasion" or "event" or "会议" or "场合" => "occasion",
        _ => null,
    };

    private bool _lastWasSpeaker;

    private static bool IsShortName(string line) => ShortChineseName().IsMatch(line);

    private void Classify(string line, bool header)
    {
        var speakerBefore = Speaker;
        ClassifyLine(line, header);
        _lastWasSpeaker = Speaker != speakerBefore;
    }

    private void ClassifyLine(string line, bool header)
    {
        Match m;
        if (IsField(line, header) && (m = Field().Match(line)).Success && !LabelledDate().IsMatch(line))
        {
            var value = m.Groups["v"].Value.Trim().TrimEnd(',', '，');
            switch (FieldKind(m.Groups["k"].Value))
            {
                case "title": if (Title.Length == 0) Title = value; break;
                case "subtitle": Subtitle = Append(Subtitle, value); break;
                case "speaker": Speaker ??= WithoutEmail(value); _lastField = "speaker"; return;
                case "date": Date ??= value; break;
                case "occasion": Occasion ??= value; break;
            }
            _lastField = null;
            return;
        }
        if (_lastField == "speaker" && EnglishPersonName().IsMatch(WithoutEmail(line)))
        {
            // "Author: A <a@x>," continued on the next line by the second author.
            Speaker = Speaker + ", " + WithoutEmail(line).TrimEnd(',');
            return;
        }
        _lastField = null;
        if ((m = DashLine().Match(line)).Success)
        {
            var text = m.Groups["s"].Value.Trim();
            Subtitle = Append(Subtitle, text);
            ReadTitlePattern(text);
            ReadOccasion(text, speakerToo: false);
            var date = LeadingChineseDate().Match(text);
            if (date.Success) Date ??= date.Value;
        }
        else if (LabelledDate().Match(line) is { Success: true } labelled)
        {
            Date ??= labelled.Groups["d"].Value.Trim();
        }
        else if ((m = DateLine().Match(line)).Success)
        {
            Date ??= m.Groups["d"].Value;
        }
        else if ((m = ByLine().Match(line)).Success)
        {
            Speaker ??= m.Groups["who"].Value.Trim();
        }
        else if ((m = ParenthesizedLine().Match(line)).Success)
        {
            var inner = m.Groups["s"].Value.Trim();
            if (!ReadOccasion(inner, speakerToo: true)) Date ??= inner;
        }
        else if (OccasionLine().IsMatch(line))
        {
            // 2026年1月8日在某市第九届人民代表大会第五次会议上 某市市长 王明
            Subtitle = Append(Subtitle, line);
            ReadOccasion(line, speakerToo: true);
        }
        else if (LooksLikeByline(line))
        {
            Speaker ??= line;
        }
        else if (Speaker is null && IsShortName(line))
        {
            Speaker = line;
        }
        else if (Speaker is not null && _lastWasSpeaker && IsShortName(line))
        {
            // 国务院总理 / 李强 on two lines.
            Speaker += " " + line;
        }
        else
        {
            Subtitle = Append(Subtitle, StripNoteMark(line));
            ReadTitlePattern(line);
        }
    }

    private string? _lastField;

    private static string WithoutEmail(string text) => Email().Replace(text, "").Trim().TrimEnd(',').Trim();

    [GeneratedRegex(@"\s*<[^<>\s]+@[^<>\s]+>")]
    private static partial Regex Email();

    /// <summary>"2026年1月8日在某市第九届人民代表大会第五次会议上": date, occasion and, after it, the speaker.</summary>
    private bool ReadOccasion(string text, bool speakerToo)
    {
        var m = OccasionLine().Match(text);
        if (!m.Success) return false;
        Occasion ??= m.Groups["occasion"].Value.Trim();
        if (m.Groups["date"].Success && m.Groups["date"].Value.Length > 0) Date ??= m.Groups["date"].Value;
        var who = m.Groups["who"].Value.Trim();
        if (speakerToo && who.Length > 0 && (LooksLikeByline(who) || IsShortName(who))) Speaker ??= who;
        return true;
    }

    /// <summary>教育局局长在2024年全县教育工作会议上的讲话: speaker 教育局局长, occasion 2024年全县教育工作会议.</summary>
    private void ReadTitlePattern(string text)
    {
        var m = SpeechTitle().Match(text.Trim());
        if (!m.Success) return;
        if (m.Groups["who"].Success && m.Groups["who"].Value.Length > 0) Speaker ??= m.Groups["who"].Value;
        Occasion ??= m.Groups["occasion"].Value;
    }

    /// <summary>A byline: a name with its office, short, no sentence punctuation (某某中学党委书记、校长 王琛 / 国务院总理 李强).</summary>
    private static bool LooksLikeByline(string line)
    {
        if (line.Length > 40 || line.Any(c => c is '。' or '，' or '！' or '？')) return false;
        if (!Scripts.IsChinese(line))
            return EnglishPersonName().IsMatch(line);
        return ChineseOfficialTitleAtEnd().IsMatch(line)
            || SpacedShortWordsAtEnd().IsMatch(line);
    }

    private static string Append(string? existing, string text) => string.IsNullOrEmpty(existing) ? text : existing + " " + text;

    /// <summary>同志们： / 各位代表： / 尊敬的各位来宾： / Ladies and gentlemen,</summary>
    public static bool IsSalutation(string text) =>
        text.Length <= 30 && (text.EndsWith('：') || text.EndsWith(':')) && !text.Contains('。') && MarkerRecognizer.Match(text) is null
        && (Scripts.HanRatio(text) > 0.5 || EnglishSalutation().IsMatch(text))
        || ChineseSalutation().IsMatch(text);

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}(\s?\p{IsCJKUnifiedIdeographs}){1,3}$")]
    private static partial Regex ShortChineseName();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex LeadingChineseDate();

    [GeneratedRegex(@"^(?:Date|Last updated|Updated|Published|Created):\s*(?<d>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledDate();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:\s+[A-Z]\.?)*(?:\s+(?:(?:van|von|der|den|de|da|del|di|du|le|la|bin|al)\s+)*[A-Z][a-z'-]+)+(?:,.*)?$")]
    private static partial Regex EnglishPersonName();

    [GeneratedRegex(@"(书记|部长|主任|局长|厅长|市长|省长|县长|区长|总理|主席|校长|院长|委员|同志|经理|董事长|会长|秘书长|处长|科长)\s*\S{0,4}$")]
    private static partial Regex ChineseOfficialTitleAtEnd();

    [GeneratedRegex(@"\s\S{1,2}\s\S{1,2}$")]
    private static partial Regex SpacedShortWordsAtEnd();

    [GeneratedRegex(@"^(Ladies|Dear|Friends|Colleagues|Good (morning|afternoon|evening))", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSalutation();

    [GeneratedRegex(@"^(同志们|各位代表|各位领导|各位来宾|女士们|老师们|同学们|朋友们)[，,！!：:]?$")]
    private static partial Regex ChineseSalutation();
}
