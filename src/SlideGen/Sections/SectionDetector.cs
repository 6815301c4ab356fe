using System.Text.RegularExpressions;
using SlideGen.Cleaning;
using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>
/// The structure stage: finds the document's hierarchy. Every paragraph start is a candidate heading with its evidence
/// (a marker and its shape, a declared level, bold, a label, a bare line; <see cref="UnnumberedHeadings"/> judges which
/// unmarked kinds the document uses as a convention), and one hierarchy is chosen for the whole document under the
/// constraints real documents obey: a numbered run counts up from one and ends at a heading of a style seen before it
/// began; levels come from the order in which styles appear (the first style seen is level 1, a new style below it
/// level 2, a style seen before closes the levels under it), except that section markers never sit under an inline
/// point and bare lines are the top; an enumeration inside a paragraph stays under that paragraph's point
/// (<see cref="RunInMarkers"/>); closing remarks end the last section.
/// </summary>
public static partial class SectionDetector
{
    private sealed record Candidate(int Index, SourceBlock Block, MarkerMatch Match, int? DeclaredLevel);

    private sealed record Open(string Style, int? DeclaredLevel, MarkerShape Shape, OutlineNode Node, int LastValue);

    public static Outline Detect(SourceDocument document)
    {
        document = LoneTopHeading.PromoteToTitle(document);
        var outline = Detect(document, RunInMarkers.Split(document.Blocks, document.ParagraphBreaksLost));
        // A text of one paragraph or a few that finds no points has only its enumerations (…。一是…二是…) to show them.
        if (outline.Sections.Count == 0 && !document.ParagraphBreaksLost
            && Detect(document, RunInMarkers.Split(document.Blocks, paragraphBreaksLost: true)) is { Sections.Count: > 0 } enumerated)
            return enumerated;
        return outline;
    }

    private static Outline Detect(SourceDocument document, List<SourceBlock> blocks)
    {
        // A table of contents whose entries were removed as page furniture leaves only its heading.
        blocks = blocks.Where((b, i) => !(b.Kind == BlockKind.Heading && TableOfContents().IsMatch(b.Text.Trim())
                                          && (i + 1 == blocks.Count || blocks[i + 1].Kind == BlockKind.Heading))).ToList();
        var outline = new Outline { SourcePath = document.Path };
        outline.Warnings.AddRange(document.Warnings);
        outline.Language = Scripts.DetectLanguage(string.Concat(blocks.Take(400).Select(b => b.Text)));

        var front = FrontMatter.Parse(blocks, document);
        outline.Title = front.Title;
        outline.Subtitle = front.Subtitle;
        outline.Speaker = front.Speaker;
        outline.Occasion = front.Occasion;
        outline.Date = front.Date;
        outline.Salutation = front.Salutation;
        outline.Warnings.AddRange(front.Warnings);

        var hasDeclaredHeadings = blocks.Skip(front.BodyStart).Any(b => b.Kind == BlockKind.Heading);
        // Word files often mark headings only by setting a short paragraph in bold; two or more make it the convention.
        var boldHeadings = blocks.Skip(front.BodyStart).Count(IsBoldHeading) >= 2;
        // Each paragraph's marker, looked up once for the judgements over the whole document.
        var markers = blocks.Select(b => MarkerRecognizer.Match(b.PrintedText.Trim())).ToArray();
        var hasTopLevelNumbering = hasDeclaredHeadings || markers.Skip(front.BodyStart).Any(m => m is not null && IsSectionStyle(m.Style));
        var unnumbered = UnnumberedHeadings.Judge(blocks, markers, front.BodyStart, hasTopLevelNumbering);
        var candidates = new List<Candidate>();
        for (var i = front.BodyStart; i < blocks.Count; i++)
            if ((Recognize(blocks[i], hasDeclaredHeadings)
                 ?? (boldHeadings && IsBoldHeading(blocks[i]) ? BoldHeading(blocks[i]) : null)
                 ?? UnnumberedHeadings.Match(blocks, i, unnumbered)) is { } match)
                candidates.Add(new Candidate(i, blocks[i], match, blocks[i].Kind == BlockKind.Heading ? blocks[i].HeadingLevel : null));
        // A label heads a part of a section: before a numbered document's first section it is a page's or a notice's field.
        if (hasTopLevelNumbering && candidates.FindIndex(c => c.DeclaredLevel is not null || IsSectionStyle(c.Match.Style)) is var firstSection and > 0)
            candidates.RemoveAll(c => UnnumberedHeadings.HeadsPartOfSection(c.Match.Style) && c.Index < candidates[firstSection].Index);
        var accepted = EndAtClosingRemarks(KeepCountingRuns(candidates, outline.Warnings, document.Path), blocks);

        BuildTree(outline, blocks, front.BodyStart, accepted, document.Path);
        CheckAnnouncedCount(outline, blocks, front.BodyStart, accepted.Count > 0 ? accepted[0].Index : blocks.Count, document.Path);
        CheckTruncation(outline, blocks, document.Path);
        SortByPlace(outline.Warnings);
        return outline;
    }

    private const string InParagraph = "@in-paragraph";

    private static MarkerMatch? Recognize(SourceBlock block, bool hasDeclaredHeadings)
    {
        if (block.Kind is BlockKind.Table or BlockKind.Image) return null;
        var text = block.Text.Trim();
        if (block.Kind == BlockKind.Heading)
        {
            var declared = block.HeadingLevel ?? 1;
            var written = MarkerRecognizer.Match(block.PrintedText.Trim());
            return new MarkerMatch("heading-" + declared, written?.Marker ?? block.Marker ?? "", 0,
                written is null ? text : written.Rest, MarkerShape.Heading, Strict: false);
        }
        var match = MarkerRecognizer.Match(block.PrintedText.Trim());
        if (match is null) return null;
        // An enumeration inside a point's own paragraph is a run of its own below that point, whatever its style.
        if (block.ContinuesParagraph) match = match with { Style = match.Style + InParagraph };
        // Under headings a document declares, English ordered lists are lists, not points; in Chinese documents
        // 1. and （1） are the third and fourth levels of the hierarchy, whether typed or numbered by Word.
        if (hasDeclaredHeadings && !Scripts.IsChinese(text) && (block.Kind == BlockKind.ListItem || match.Style.StartsWith("arabic", StringComparison.Ordinal) && block.Marker is null))
            return null;
        return match;
    }

    /// <summary>Styles that number a document's parts (一、, 第一章, 2.1, Section 3): where they are, they are its top level.</summary>
    private static bool IsSectionStyle(string style) =>
        style is "cn-dun" or "en-section" or "en-chapter" or "en-part" or "en-article" || style.StartsWith("cn-chapter", StringComparison.Ordinal)
        || style.StartsWith("arabic-depth", StringComparison.Ordinal);

    private static bool IsChineseSectionStyle(string style) =>
        style is "cn-dun" or "cn-paren" or "cn-spaced" || style.StartsWith("cn-chapter", StringComparison.Ordinal);

    private static bool IsBoldHeading(SourceBlock block) =>
        block.IsBold && block.Kind == BlockKind.Paragraph && block.Marker is null && block.Text.Trim().Length is > 0 and <= 60
        && !block.Text.TrimEnd().EndsWith('。') && MarkerRecognizer.Match(block.Text) is null;

    private static MarkerMatch BoldHeading(SourceBlock block) => new("bold", "", 1, block.Text.Trim(), MarkerShape.Heading, Strict: false);

    /// <summary>Strict styles count only in runs that count up from one (一是 二是 三是); a lone 第一 is a word, not a point.</summary>
    private static List<Candidate> KeepCountingRuns(List<Candidate> candidates, List<string> warnings, string path)
    {
        var keep = new bool[candidates.Count];
        var runs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Where nothing else gives the document structure, its numbered list is the structure.
        var hasOtherStructure = candidates.Any(c => !c.Match.Strict);
        void Close(string style)
        {
            if (!runs.TryGetValue(style, out var run)) return;
            if (run.Count >= 2 && !(hasOtherStructure && IsPlainList(candidates, run))) foreach (var k in run) keep[k] = true;
            runs.Remove(style);
        }
        Candidate? lastHeading = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var match = candidates[k].Match;
            if (!match.Strict)
            {
                keep[k] = true;
                if (match.Shape == MarkerShape.Heading && candidates[k].DeclaredLevel is null) lastHeading = candidates[k];
                // A heading of a style seen before a run began ends the part that run was in: 首先…其次… under 二、
                // do not count on into 三、. A style first seen inside the run heads parts of its points instead.
                if (match.Shape == MarkerShape.Heading && !UnnumberedHeadings.HeadsPartOfSection(match.Style)
                    && candidates.FindIndex(c => c.Match.Style == match.Style && c.DeclaredLevel == candidates[k].DeclaredLevel) is var firstOfStyle)
                    foreach (var (style, open) in runs.ToList())
                        if (firstOfStyle < open[0]) Close(style);
                continue;
            }
            var continues = runs.TryGetValue(match.Style, out var run)
                && (match.Value == candidates[run[^1]].Match.Value + 1
                    // 首先… 其次… 最后…: the words may skip (再次 is often left out), but not before 其次: 首先 then 最后 is
                    // a greeting and a closing wish, not a run.
                    || match.Style.EndsWith("sequence", StringComparison.Ordinal) && match.Value > candidates[run[^1]].Match.Value && run.Count >= 2);
            if (continues)
            {
                run!.Add(k);
                continue;
            }
            Close(match.Style);
            if (match.Value == 1 || match.Value == 2 && NamesWhatItCounts(match))
                runs[match.Style] = [k];
            else if (match.Shape == MarkerShape.Heading && lastHeading is { } previous && previous.Match.Value == match.Value - 1
                     && !SeenSince(candidates, previous, k, match.Style))
            {
                // 一、 二、 then "3.": the author changed style midway; the point continues the sections' count.
                warnings.Add($"{Where(path, candidates[k].Block)}: numbering changes style midway: '{match.Marker}' follows '{previous.Match.Marker}'");
                candidates[k] = candidates[k] with { Match = match with { Style = previous.Match.Style } };
                keep[k] = true;
                lastHeading = candidates[k];
            }
            else if (match.Shape == MarkerShape.Inline && IsSecondOfPair(match))
                warnings.Add($"{Where(path, candidates[k].Block)}: '{match.Marker}' does not continue a numbered run, so it is not treated as a point");
        }
        foreach (var style in runs.Keys.ToList()) Close(style);
        return candidates.Where((_, k) => keep[k]).ToList();
    }

    /// <summary>
    /// "第二个问题我要讲的是…" counts the speech's points aloud: a run of them may start at the second, the first point
    /// having been spoken without a number.
    /// </summary>
    private static bool NamesWhatItCounts(MarkerMatch match) =>
        match.Style == "cn-ordinal" && CountingWord().IsMatch(match.Marker);

    [GeneratedRegex(@"^第[一二三四五六七八九十]+(?:点|个问题|个?方面|件事|阶段|步)")]
    private static partial Regex CountingWord();

    /// <summary>
    /// "同志们，…提三点希望：一是要…二是要…" after the last section are the speech's closing remarks, not points of that
    /// section: once a closing address opens a paragraph after the last top-level point, only a new section marker
    /// would continue the body, and enumerations there are part of the closing.
    /// </summary>
    private static List<Candidate> EndAtClosingRemarks(List<Candidate> accepted, List<SourceBlock> blocks)
    {
        if (accepted.Count == 0) return accepted;
        var top = accepted[0];
        var lastTop = accepted.FindLastIndex(c => c.Match.Style == top.Match.Style && c.DeclaredLevel == top.DeclaredLevel);
        var candidateAt = accepted.Select(c => c.Index).ToHashSet();
        for (var i = accepted[lastTop].Index + 1; i < blocks.Count; i++)
        {
            if (candidateAt.Contains(i) || blocks[i].ContinuesParagraph || !ClosingOpener().IsMatch(blocks[i].Text.TrimStart())) continue;
            var after = accepted.FindIndex(c => c.Index > i);
            if (after < 0) return accepted;
            if (accepted.Skip(after).All(c => c.Match.Strict)) return accepted.Take(after).ToList();
        }
        return accepted;
    }

    private static bool SeenSince(List<Candidate> candidates, Candidate since, int before, string style)
    {
        var start = candidates.IndexOf(since);
        for (var i = start + 1; i < before; i++)
            if (candidates[i].Match.Style == style) return true;
        return false;
    }

    /// <summary>
    /// "1. 实施…。 2. 落实…。" on adjacent lines, each one sentence and nothing else, is a list inside a point's text,
    /// not points with slides of their own. Inline points (一是…) are points even when short.
    /// </summary>
    private static bool IsPlainList(List<Candidate> candidates, List<int> run)
    {
        if (candidates[run[0]].Match.Shape == MarkerShape.Inline || Scripts.IsChinese(candidates[run[0]].Match.Rest)) return false;
        for (var r = 0; r < run.Count; r++)
        {
            var candidate = candidates[run[r]];
            if (HeadingText.Split(candidate.Match.Rest, candidate.Match.Shape).Remainder.Length > 0) return false;
            if (!candidate.Match.Rest.TrimEnd().EndsWith('。') && !candidate.Match.Rest.TrimEnd().EndsWith('；') && !candidate.Match.Rest.TrimEnd().EndsWith('.')) return false;
            if (r + 1 < run.Count && candidates[run[r + 1]].Index != candidate.Index + 1) return false;
        }
        return true;
    }

    private static bool IsSecondOfPair(MarkerMatch match) => match.Value is >= 2 and < 99 && !match.Style.EndsWith("sequence", StringComparison.Ordinal);

    private static void BuildTree(Outline outline, List<SourceBlock> blocks, int bodyStart, List<Candidate> accepted, string path)
    {
        var firstPoint = accepted.Count > 0 ? accepted[0].Index : blocks.Count;
        outline.Opening = JoinText(blocks, bodyStart, firstPoint);
        var stack = new List<Open>();
        for (var k = 0; k < accepted.Count; k++)
        {
            var candidate = accepted[k];
            var end = k + 1 < accepted.Count ? accepted[k + 1].Index : blocks.Count;
            var node = MakeNode(candidate, blocks, end);
            var match = candidate.Match;

            int position;
            if (candidate.DeclaredLevel is { } level)
            {
                position = stack.Count;
                while (position > 0 && !(stack[position - 1].DeclaredLevel is { } open && open < level)) position--;
            }
            else if (match.Style == UnnumberedHeadings.LineStyle)
            {
                // A bare heading line is the document's top level: it is used only where no section numbering is. A line
                // stacked directly under another ("A Growing Economy" over "Basic Policies") heads a part of it.
                var stacked = k > 0 && accepted[k - 1].Match.Style == UnnumberedHeadings.LineStyle && accepted[k - 1].Index == candidate.Index - 1;
                position = stacked ? 1 : 0;
            }
            else
            {
                position = stack.FindIndex(o => o.Style == match.Style);
                // A label (总体要求：) or a line heads a part of a section, not of the inline point before it.
                if (position < 0 && UnnumberedHeadings.HeadsPartOfSection(match.Style))
                {
                    position = stack.Count;
                    while (position > 0 && stack[position - 1].Shape == MarkerShape.Inline) position--;
                }
                if (position < 0 && IsChineseSectionStyle(match.Style))
                {
                    // 一、 and （一） rank above any 一是… run: they never sit under an inline point.
                    position = stack.Count;
                    while (position > 0 && stack[position - 1].Shape == MarkerShape.Inline && InlineRank(stack[position - 1].Style) == 1) position--;
                }
                if (position < 0)
                {
                    position = stack.Count;
                    // Inline points (一是…, 首先…) are leaves: a new inline run is a sibling run, not a child of the last point.
                    // 第一，… may still hold 一是… under it: only a higher-ranked inline style can be a parent.
                    if (match.Shape == MarkerShape.Inline && !match.Style.EndsWith(InParagraph, StringComparison.Ordinal))
                        while (position > 0 && stack[position - 1].Shape == MarkerShape.Inline
                               && InlineRank(stack[position - 1].Style) <= InlineRank(match.Style)) position--;
                }
            }
            var previousSibling = position < stack.Count ? stack[position] : null;
            if (previousSibling is not null && previousSibling.Style == match.Style && candidate.DeclaredLevel is null)
                CheckNumbering(outline.Warnings, path, candidate, previousSibling.LastValue);
            else if (candidate.DeclaredLevel is null && match.Value > 1 && !match.Style.EndsWith("sequence", StringComparison.Ordinal) && !IsUnnumbered(match.Style))
                outline.Warnings.Add($"{Where(path, candidate.Block)}: numbering starts at '{match.Marker}' instead of one");
            stack.RemoveRange(position, stack.Count - position);

            var siblings = position == 0 ? outline.Sections : stack[position - 1].Node.Children;
            node.Level = position + 1;
            siblings.Add(node);
            stack.Add(new Open(match.Style, candidate.DeclaredLevel, match.Shape, node, match.Value));
        }
        SplitOffClosing(outline);
        foreach (var item in Flatten(outline.Sections).Where(n => n.Body.Length == 0 && n.Children.Count == 0))
            TitleByFirstClause(item);
        foreach (var empty in Flatten(outline.Sections).Where(n => n.Body.Length == 0 && n.Children.Count == 0 && n.Images.Count == 0))
            outline.Warnings.Add($"{path}({empty.Line}): section '{Shortened(empty.Marker + empty.Heading)}' has no content");
    }

    /// <summary>
    /// "1.推进智慧城管建设，建立统一指挥平台。" and nothing more, not even points under it: an item of a list, whose first
    /// clause titles the slide and the rest is its text. A heading line with points under it stays whole.
    /// </summary>
    private static void TitleByFirstClause(OutlineNode item)
    {
        var comma = item.Heading.IndexOf('，');
        var isSentence = item.OwnText.TrimEnd().EndsWith('。') || item.OwnText.TrimEnd().EndsWith('；');
        if (!isSentence || item.OwnText.Contains('\n') || !Scripts.IsChinese(item.Heading) || comma < 4 || comma >= item.Heading.Length - 4) return;
        item.Body = item.Heading[(comma + 1)..];
        item.Title = item.Heading[..comma];
    }

    private static HeadingSplit Whole((string Heading, string Remainder) split) => HeadingSplit.Whole(split.Heading, split.Remainder);

    private static bool IsUnnumbered(string style) =>
        style is "bold" or UnnumberedHeadings.LineStyle or UnnumberedHeadings.BoldLeadStyle or UnnumberedHeadings.ParallelLeadStyle or UnnumberedHeadings.DashLeadStyle
        || UnnumberedHeadings.HeadsPartOfSection(style);

    /// <summary>第一，… and 首先/其次 order a speech's larger steps; 一是… may run under them, not the other way round.</summary>
    private static int InlineRank(string style) => style is "cn-ordinal" or "cn-sequence" ? 2 : 1;

    private static void CheckNumbering(List<string> warnings, string path, Candidate candidate, int previousValue)
    {
        var match = candidate.Match;
        if (match.Style.EndsWith("sequence", StringComparison.Ordinal) || IsUnnumbered(match.Style) || match.Value == previousValue + 1) return;
        var problem = match.Value == previousValue ? "repeats" : match.Value > previousValue ? "skips a number" : "goes backwards";
        warnings.Add($"{Where(path, candidate.Block)}: numbering {problem}: '{match.Marker}' follows number {previousValue}");
    }

    private static OutlineNode MakeNode(Candidate candidate, List<SourceBlock> blocks, int end)
    {
        var match = candidate.Match;
        var (heading, title, rest) = candidate.DeclaredLevel is not null ? HeadingSplit.Whole(match.Rest, "")
            : match.Style == UnnumberedHeadings.LabelStyle ? UnnumberedHeadings.SplitLabel(match.Rest)
            : match.Style == UnnumberedHeadings.BoldLeadStyle ? Whole(UnnumberedHeadings.SplitBoldLead(candidate.Block))
            : match.Style == UnnumberedHeadings.ParallelLeadStyle ? Whole(UnnumberedHeadings.SplitParallelLead(match.Rest))
            // A paragraph followed by paragraphs of its own is a heading line, even when it is one sentence (一是A，B。).
            : HeadingText.Split(match.Rest, end > candidate.Index + 1 ? MarkerShape.Heading : match.Shape);
        // "First, we made triage a rota": on its own, as a slide title, the sentence starts with a capital.
        if (match.Style == "en-sequence" && heading.Length > 0 && char.IsLower(heading[0]))
            heading = title = char.ToUpperInvariant(heading[0]) + heading[1..];
        var node = new OutlineNode
        {
            Marker = match.Marker,
            Heading = heading,
            Title = title,
            Line = candidate.Block.Line,
            Style = match.Style.EndsWith(InParagraph, StringComparison.Ordinal) ? match.Style[..^InParagraph.Length] : match.Style,
        };
        var body = new List<string>();
        if (rest.Length > 0) body.Add(rest);
        var own = new List<string> { candidate.Block.PrintedText.Trim() };
        for (var i = candidate.Index + 1; i < end; i++)
        {
            // A number Word printed (automatic numbering) is part of what the speaker reads.
            var text = blocks[i].PrintedText.Trim();
            if (text.Length > 0) { body.Add(text); own.Add(text); }
            node.Images.AddRange(blocks[i].Images);
        }
        node.Images.AddRange(candidate.Block.Images);
        foreach (var block in blocks.Skip(candidate.Index).Take(end - candidate.Index))
            foreach (var (start, length) in block.Emphasis)
                if (block.Text.Substring(start, length) is var text && !node.Emphasized.Contains(text))
                    node.Emphasized.Add(text);
        node.Body = string.Join("\n", body);
        node.OwnText = string.Join("\n", own);
        return node;
    }

    [GeneratedRegex(@"^(?:Table of Contents|Contents|目\s*录)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableOfContents();

    [GeneratedRegex(@"^(同志们|同学们|老师们|各位代表|各位领导|朋友们|总之|总而言之|以上报告|以上汇报|以上意见|In closing|To conclude|In conclusion|Thank you)")]
    private static partial Regex ClosingOpener();

    /// <summary>"同志们，…" after the last point closes the speech; it belongs on the closing slide, not in the last point.</summary>
    private static void SplitOffClosing(Outline outline)
    {
        if (outline.Sections.Count == 0) return;
        var last = outline.Sections[^1];
        while (last.Children.Count > 0) last = last.Children[^1];
        var paragraphs = last.Body.Split('\n');
        var start = Array.FindIndex(paragraphs, 1, p => ClosingOpener().IsMatch(p));
        if (paragraphs.Length < 2 || start < 1) return;
        outline.Closing = string.Join("\n", paragraphs[start..]);
        last.Body = string.Join("\n", paragraphs[..start]);
        var own = last.OwnText.Split('\n');
        last.OwnText = string.Join("\n", own[..^(paragraphs.Length - start)]);
    }

    [GeneratedRegex(@"(?:讲|谈|提|强调|说|汇报|提出|部署|抓好)(?:以下|这么|如下)?(?<n>[一二三四五六七八九十两]|\d{1,2})(?:点|个方面|方面|项)(?:意见|看法|体会|要求|建议|内容|工作|任务)?")]
    private static partial Regex AnnouncedCount();

    [GeneratedRegex(@"(?<n>[一二三四五六七八九十两]|\d{1,2})个?方面(?:作|进行|来|向大家)?(?:简要|简单|扼要)?(?:汇报|报告|说明|介绍|讲话)")]
    private static partial Regex AnnouncedAspects();

    [GeneratedRegex(@"\b(?:make|share|cover|discuss|offer|give|talk about|focus on|propose|raise)\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?(?:points|things|lessons|ideas|parts|topics|areas|themes|questions|recommendations|proposals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedCountEnglish();

    private static readonly string[] EnglishNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static void CheckAnnouncedCount(Outline outline, List<SourceBlock> blocks, int bodyStart, int firstPoint, string path)
    {
        for (var i = bodyStart; i < firstPoint; i++)
        {
            var m = AnnouncedCount().Match(blocks[i].Text);
            if (!m.Success) m = AnnouncedAspects().Match(blocks[i].Text);
            if (!m.Success) m = AnnouncedCountEnglish().Match(blocks[i].Text);
            if (!m.Success) continue;
            var n = m.Groups["n"].Value;
            var english = Array.IndexOf(EnglishNumbers, n.ToLowerInvariant());
            var count = n == "两" ? 2 : int.TryParse(n, out var d) ? d : english > 0 ? english : Numerals.ParseChinese(n);
            outline.AnnouncedCount = count;
            var found = outline.Sections.Count;
            if (found != count)
                outline.Warnings.Add($"{Where(path, blocks[i])}: the text announces {count} points ('{m.Value}') but {found} were found");
            return;
        }
    }

    private static void CheckTruncation(Outline outline, List<SourceBlock> blocks, string path)
    {
        var last = blocks.LastOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem && b.Text.Trim().Length > 0);
        if (last is null) return;
        var text = last.Text.Trim();
        if (!Scripts.IsChinese(text) || text.Length < 20) return;
        var end = text[^1];
        if (end is '。' or '！' or '？' or '”' or '…' or '）' or '：' or '；' or '.' or '!' or '?' or '"' or ')') return;
        outline.Warnings.Add($"{Where(path, last)}: the text stops mid-sentence ('…{text[^Math.Min(12, text.Length)..]}'); the document may be cut off");
    }

    [GeneratedRegex(@"\((?<line>\d+)(?:,(?<col>\d+))?\): ")]
    private static partial Regex WarningPlace();

    /// <summary>Warnings in the order of the places they name, as a writer reads the document.</summary>
    private static void SortByPlace(List<string> warnings)
    {
        static (int, int) Place(string warning) => WarningPlace().Match(warning) is { Success: true } m
            ? (int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
               m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
            : (int.MaxValue, 0);
        var sorted = warnings.Select((w, i) => (w, i)).OrderBy(x => Place(x.w)).ThenBy(x => x.i).Select(x => x.w).ToList();
        warnings.Clear();
        warnings.AddRange(sorted);
    }

    private static string JoinText(List<SourceBlock> blocks, int from, int to) =>
        string.Join("\n", blocks.Skip(from).Take(Math.Max(0, to - from)).Select(b => b.Text.Trim()).Where(t => t.Length > 0));

    /// <summary>A warning is one line on a terminal: a heading that is really a whole paragraph is cut.</summary>
    private static string Shortened(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static string Where(string path, SourceBlock block) => block.Column > 1 ? $"{path}({block.Line},{block.Column})" : $"{path}({block.Line})";

    public static IEnumerable<OutlineNode> Flatten(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));
}
