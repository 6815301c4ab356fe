using System.Text.RegularExpressions;
using SlideGen.Cleaning;
using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>What stands before the body: title, subtitle, speaker, occasion, date, salutation.</summary>
public sealed partial class FrontMatter
{
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string? Speaker { get; set; }
    public string? Occasion { get; set; }
    public string? Date { get; set; }
    public string? Salutation { get; set; }
    /// <summary>Index of the first block of the body (after the salutation, if any).</summary>
    public int BodyStart { get; set; }

    /// <summary>Reads the title block: the lines before the salutation (同志们：) or the first paragraph of running text.</summary>
    public static FrontMatter Parse(IReadOnlyList<SourceBlock> blocks, SourceDocument document)
    {
        var front = new FrontMatter();
        var lines = new List<string>();
        var i = 0;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            if (IsSalutation(text))
            {
                front.Salutation = text;
                i++;
                break;
            }
            if (block.Kind == BlockKind.Heading && (block.HeadingLevel is > 1 || !string.IsNullOrWhiteSpace(document.Title)) || !IsTitleLine(block, lines.Count)) break;
            if (block.Kind == BlockKind.Heading && block.HeadingLevel == 1 && lines.Count > 0) break;
            // After the title, a bold line opens the body: it is the first heading of a bold-heading document.
            if (block.IsBold && (lines.Count > 0 || !string.IsNullOrWhiteSpace(document.Title))) break;
            lines.Add(text);
        }
        front.BodyStart = i;

        var remaining = new List<string>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            front.Title = document.Title.Trim();
            remaining.AddRange(lines.Where(l => l != front.Title));
        }
        else if (lines.Count > 0)
        {
            front.Title = lines[0].TrimStart('#', ' ');
            remaining.AddRange(lines.Skip(1));
        }
        else
        {
            front.Title = Path.GetFileNameWithoutExtension(document.Path);
        }
        front.Speaker = document.Author;
        front.Date = document.Date;
        foreach (var line in remaining) front.Classify(line);
        front.ReadTitlePattern(front.Title);
        return front;
    }

    [GeneratedRegex(@"^(?:——|—|--)\s*(?<s>.+)$")]
    private static partial Regex DashLine();

    [GeneratedRegex(@"^[（(](?<s>.+)[）)]$")]
    private static partial Regex ParenthesizedLine();

    [GeneratedRegex(@"^(?<who>.{0,30}?)在(?<occasion>.{2,60}?)(?:上|中|期间)?的(?:讲话|致辞|发言|报告|总结讲话|工作报告|主持词|动员讲话|讲话提纲|党课)$")]
    private static partial Regex SpeechTitle();

    [GeneratedRegex(@"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:by|authors?:|speakers?:|presented by|prepared by|written by|delivered by)\s+(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    private bool _lastWasSpeaker;

    private static bool IsShortName(string line) => ShortChineseName().IsMatch(line);

    private void Classify(string line)
    {
        var speakerBefore = Speaker;
        ClassifyLine(line);
        _lastWasSpeaker = Speaker != speakerBefore;
    }

    private void ClassifyLine(string line)
    {
        Match m;
        if ((m = DashLine().Match(line)).Success)
        {
            var text = m.Groups["s"].Value.Trim();
            Subtitle = Append(Subtitle, text);
            ReadTitlePattern(text);
            var date = LeadingChineseDate().Match(text);
            if (date.Success) Date ??= date.Value;
        }
        else if (LabelledDate().Match(line) is { Success: true } labelled)
        {
            Date ??= labelled.Groups["d"].Value.Trim();
        }
        else if (DateLine().IsMatch(line))
        {
            Date ??= line;
        }
        else if ((m = ByLine().Match(line)).Success)
        {
            Speaker ??= m.Groups["who"].Value.Trim();
        }
        else if ((m = ParenthesizedLine().Match(line)).Success)
        {
            Date ??= m.Groups["s"].Value.Trim();
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
            Subtitle = Append(Subtitle, line);
        }
    }

    /// <summary>组织部长在2023年市直机关党支部书记论坛上的讲话: speaker 组织部长, occasion 2023年市直机关党支部书记论坛.</summary>
    private void ReadTitlePattern(string text)
    {
        var m = SpeechTitle().Match(text.Trim());
        if (!m.Success) return;
        if (m.Groups["who"].Success && m.Groups["who"].Value.Length > 0) Speaker ??= m.Groups["who"].Value;
        Occasion ??= m.Groups["occasion"].Value;
    }

    /// <summary>A byline: a name with its office, short, no sentence punctuation (绍兴一中党委书记、校长 王琛 / 国务院总理 李强).</summary>
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

    private static bool IsTitleLine(SourceBlock block, int linesSoFar)
    {
        var text = block.Text.Trim();
        if (linesSoFar >= 6 || text.Length == 0) return false;
        if (MarkerRecognizer.Match(text) is not null && block.Kind != BlockKind.Heading) return false;
        var width = Scripts.Width(text);
        if (width > 50) return false;
        // A title line does not end a sentence; a one-line opening such as "Good evening, and thank you." does.
        return text[^1] is not ('。' or '！' or '？' or '.' or '!' or '?');
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}(\s?\p{IsCJKUnifiedIdeographs}){1,3}$")]
    private static partial Regex ShortChineseName();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex LeadingChineseDate();

    [GeneratedRegex(@"^(?:Date|Last updated|Updated|Published):\s*(?<d>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledDate();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:\s+[A-Z]\.?)*(?:\s+[A-Z][a-z'-]+)+(?:,.*)?$")]
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
