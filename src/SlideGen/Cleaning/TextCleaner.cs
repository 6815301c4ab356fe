using System.Text;
using System.Text.RegularExpressions;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Cleaning;

/// <summary>
/// Turns what a reader found into clean paragraphs: page chrome removed, PDF line wraps undone,
/// Chinese punctuation made full-width, and paragraphs opened where a marker follows a full stop.
/// </summary>
public static partial class TextCleaner
{
    public static SourceDocument Clean(SourceDocument document)
    {
        var blocks = PageChrome.RemoveFurniture(document.Format == InputFormat.Text ? ParagraphsOfPlainText(PlainTextLayout.Apply(document.Blocks, document)) : document.Blocks);
        var paragraphBreaksLost = ParagraphBreaksLost(blocks);
        var cleaned = new List<SourceBlock>();
        var shortLinesSeen = new HashSet<string>(StringComparer.Ordinal);
        var titles = new RepeatableTitles();
        foreach (var original in blocks)
        {
            if (original.Kind is BlockKind.Table or BlockKind.Image) { cleaned.Add(original); continue; }
            if (PageChrome.IsChromeLine(original.Text)) continue;
            var block = original;
            var compact = WithoutSpaces(block.Text);
            if (compact.Length <= 60)
            {
                // A site that repeats the title in its page furniture: the second copy is not content.
                if (shortLinesSeen.Add(compact))
                    titles.Add(compact);
                else if (Scripts.HanRatio(compact) > 0.5 && cleaned.Count < 8)
                    continue;
            }
            else if (StripRepeatedTitle(block, titles) is { } stripped)
            {
                block = stripped;
            }
            var emphasized = block.Emphasis
                .Where(span => span.Start >= 0 && span.Start + span.Length <= block.Text.Length)
                .Select(span => NormalizeInline(block.Text.Substring(span.Start, span.Length)))
                .Where(text => text.Length >= 2)
                .ToList();
            var pieces = cleaned.Count == 0 ? SplitOffTitleAndSalutation(block) : [block];
            foreach (var paragraph in pieces.SelectMany(Reflow).SelectMany(SplitHeadingFromBody))
            {
                var text = NormalizeInline(paragraph.Text);
                if (text.Length == 0 && paragraph.Images.Count == 0) continue;
                var piece = WithText(paragraph, text);
                cleaned.Add(emphasized.Count == 0 ? piece : WithEmphasis(piece, emphasized));
            }
        }
        return new SourceDocument
        {
            Path = document.Path, Format = document.Format, Blocks = cleaned,
            Title = document.Title, Author = document.Author, Date = document.Date, Warnings = document.Warnings,
            ParagraphBreaksLost = paragraphBreaksLost,
        };
    }

    private static SourceBlock WithText(SourceBlock block, string text) => new()
    {
        Text = text, Line = block.Line, Column = block.Column, Kind = block.Kind, HeadingLevel = block.HeadingLevel,
        Marker = block.Marker, IsBold = block.IsBold, Images = block.Images, ContinuesParagraph = block.ContinuesParagraph,
    };

    /// <summary>Cleaning changes the text, so emphasis is carried as the emphasised words and found again in the result.</summary>
    private static SourceBlock WithEmphasis(SourceBlock block, List<string> emphasized) => new()
    {
        Text = block.Text, Line = block.Line, Column = block.Column, Kind = block.Kind, HeadingLevel = block.HeadingLevel,
        Marker = block.Marker, IsBold = block.IsBold, Images = block.Images, ContinuesParagraph = block.ContinuesParagraph,
        Emphasis = emphasized.Select(e => (Start: block.Text.IndexOf(e, StringComparison.Ordinal), e.Length)).Where(s => s.Start >= 0).ToList(),
    };

    private static string WithoutSpaces(string text) =>
        new(text.Where(c => !Scripts.IsSpace(c)).ToArray());

    /// <summary>Removes a title line seen earlier from the start of a long paragraph (copied pages repeat it, wrap spaces and all).</summary>
    private static SourceBlock? StripRepeatedTitle(SourceBlock block, RepeatableTitles titles)
    {
        var text = block.Text;
        foreach (var title in titles.StartingLike(text))
        {
            int matched = 0, i = 0;
            while (i < text.Length && matched < title.Length)
            {
                if (Scripts.IsSpace(text[i])) { i++; continue; }
                if (text[i] != title[matched]) break;
                matched++;
                i++;
            }
            if (matched == title.Length && i < text.Length && text[i] is ' ' or '\u3000')
                return new SourceBlock { Text = text[i..].TrimStart(), Line = block.Line, Column = block.Column + i, Kind = block.Kind };
        }
        return null;
    }

    /// <summary>
    /// Short Chinese lines seen so far that a later paragraph may repeat at its start, longest first, by their first
    /// character: a long document has hundreds of headings, and looking at all of them for every paragraph was quadratic.
    /// </summary>
    private sealed class RepeatableTitles
    {
        private readonly Dictionary<char, List<string>> byFirstCharacter = [];

        public void Add(string compact)
        {
            if (compact.Length < 6 || Scripts.HanRatio(compact) <= 0.5)
                return;
            if (!byFirstCharacter.TryGetValue(compact[0], out var list))
                byFirstCharacter[compact[0]] = list = [];
            // After every title at least as long: longest first, and in the order seen among equals.
            var index = list.FindLastIndex(t => t.Length >= compact.Length) + 1;
            list.Insert(index, compact);
        }

        /// <summary>Those that can match: a title's first character must be the text's first one that is not a space.</summary>
        public List<string> StartingLike(string text)
        {
            foreach (var c in text)
                if (!Scripts.IsSpace(c))
                    return byFirstCharacter.TryGetValue(c, out var list) ? list : None;
            return None;
        }

        private static readonly List<string> None = [];
    }

    /// <summary>Plain text: blank lines separate paragraphs; hard-wrapped lines inside a paragraph are joined.</summary>
    private static List<SourceBlock> ParagraphsOfPlainText(List<SourceBlock> lines)
    {
        var normalized = lines.Select(l => new SourceBlock { Text = StripInvisible(l.Text), Line = l.Line, Kind = l.Kind, HeadingLevel = l.HeadingLevel }).ToList();
        var wrapWidth = HardWrapWidth(normalized);
        var paragraphs = new List<SourceBlock>();
        var current = new List<SourceBlock>();
        void Flush()
        {
            if (current.Count == 0) return;
            var text = new StringBuilder(current[0].Text.Trim());
            for (var i = 1; i < current.Count; i++) AppendWrapped(text, current[i].Text.Trim());
            paragraphs.Add(new SourceBlock { Text = text.ToString(), Line = current[0].Line, Kind = current[0].Kind, HeadingLevel = current[0].HeadingLevel });
            current.Clear();
        }
        foreach (var line in normalized)
        {
            var text = line.Text.Trim();
            if (text.Length == 0) { Flush(); continue; }
            // A furniture line is a paragraph of its own, for furniture removal to judge with what stands around it.
            if (PageChrome.IsChromeLine(text)) { Flush(); current.Add(line); Flush(); continue; }
            var continues = wrapWidth > 0 && current.Count > 0 && line.Kind != BlockKind.Heading && current[^1].Kind != BlockKind.Heading
                && IsWrappedContinuation(current[^1].Text, text, wrapWidth);
            if (!continues) Flush();
            current.Add(line);
        }
        Flush();
        return paragraphs;
    }

    /// <summary>The width at which a hard-wrapped file breaks its lines, or 0 when lines are paragraphs.</summary>
    private static double HardWrapWidth(List<SourceBlock> lines)
    {
        var widths = lines.Select(l => Scripts.Width(l.Text.Trim())).Where(w => w > 0).OrderBy(w => w).ToList();
        if (widths.Count < 10) return 0;
        var high = widths[(int)((widths.Count - 1) * 0.9)];
        if (high > 60) return 0;
        // Hard-wrapped text has many lines close to the wrap width.
        var nearFull = widths.Count(w => w >= high * 0.8);
        return nearFull >= widths.Count * 0.3 ? high : 0;
    }

    private static bool IsWrappedContinuation(string previous, string next, double wrapWidth)
    {
        var previousText = previous.Trim();
        if (Scripts.Width(previousText) < wrapWidth * 0.75) return false;
        if (MarkerRecognizer.Match(next) is not null) return false;
        // "Title: …" over "Author: …": each field of a header block is a line of its own, however long the one before.
        if (HeaderField().IsMatch(previousText) && HeaderField().IsMatch(next)) return false;
        return true;
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z-]{1,24}:\s")]
    private static partial Regex HeaderField();

    private static void AppendWrapped(StringBuilder text, string next)
    {
        // "machine-" at a line end continues as "machine-readable": the hyphen was written, the line break was not.
        var hyphenated = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLetter(next[0]);
        if (text.Length > 0 && next.Length > 0 && !Scripts.IsCjk(text[^1]) && !Scripts.IsCjk(next[0]) && !hyphenated)
            text.Append(' ');
        text.Append(next);
    }

    private static IEnumerable<SourceBlock> Reflow(SourceBlock block)
    {
        if (!WrappedTextReflow.IsWrappedBlob(block.Text))
        {
            yield return block;
            yield break;
        }
        foreach (var paragraph in WrappedTextReflow.Reflow(block.Text, MarkerRecognizer.StartsWithHeadingMarker))
            yield return new SourceBlock { Text = paragraph.Text, Line = block.Line, Column = block.Column - 1 + paragraph.Column, Kind = block.Kind };
    }

    [GeneratedRegex(@"(同志们|各位代表|各位委员|各位领导|各位来宾|女士们、先生们)[：:]")]
    private static partial Regex Salutation();

    /// <summary>
    /// A speech whose line breaks were all lost starts "标题同志们：今天…": the salutation shows where the title ends.
    /// </summary>
    private static List<SourceBlock> SplitOffTitleAndSalutation(SourceBlock block)
    {
        var text = block.Text;
        var m = Salutation().Match(text);
        if (!m.Success || text.Length < m.Index + m.Length + 40 || m.Index < 4 || m.Index > 80 || text[..m.Index].Any(Scripts.IsSentenceEnd)) return [block];
        var bodyStart = m.Index + m.Length;
        return
        [
            new SourceBlock { Text = text[..m.Index].Trim(), Line = block.Line, Column = block.Column, Kind = block.Kind },
            new SourceBlock { Text = m.Value, Line = block.Line, Column = block.Column + m.Index, Kind = block.Kind },
            new SourceBlock { Text = text[bodyStart..].Trim(), Line = block.Line, Column = block.Column + bodyStart, Kind = block.Kind },
        ];
    }

    /// <summary>
    /// "二、推进产业发展 要因地制宜…": a short heading and its body on one line, set apart by a space, are two paragraphs;
    /// once wrap spaces are removed they could no longer be told apart.
    /// </summary>
    private static IEnumerable<SourceBlock> SplitHeadingFromBody(SourceBlock block)
    {
        var text = block.Text.Trim();
        if (block.Kind != BlockKind.Paragraph || MarkerRecognizer.Match(text) is not { Shape: MarkerShape.Heading } marker)
        {
            yield return block;
            yield break;
        }
        var rest = marker.Rest;
        var space = rest.IndexOfAny([' ', '\u3000']);
        var splits = space >= 2 && Scripts.Width(rest.AsSpan(0, space)) <= 30 && !rest[..space].Any(c => Scripts.IsSentenceEnd(c) || c == '，')
            && Scripts.IsHan(rest[space - 1]) && rest[(space + 1)..].TrimStart() is { Length: >= 8 } body && Scripts.IsCjk(body[0]);
        if (!splits)
        {
            yield return block;
            yield break;
        }
        var headingLength = text.Length - rest.Length + space;
        yield return new SourceBlock { Text = text[..headingLength], Line = block.Line, Column = block.Column, Kind = block.Kind, HeadingLevel = block.HeadingLevel, Marker = block.Marker };
        yield return new SourceBlock { Text = text[headingLength..].Trim(), Line = block.Line, Column = block.Column + headingLength + 1, Kind = BlockKind.Paragraph };
    }

    /// <summary>Collapses spaces, drops wrap spaces inside Chinese sentences, widens punctuation between Han characters.</summary>
    public static string NormalizeInline(string text)
    {
        text = StripInvisible(text).Trim();
        if (text.Length == 0) return text;
        var chinese = Scripts.IsChinese(text);
        if (chinese)
        {
            // A short line (a title, a byline) may space words on purpose: 守正创新开新局 凝心聚力谱新篇.
            text = text.Length > 40 || !text.Any(c => c is ' ' or '\u3000' or '\u00A0') ? Punctuation.JoinWrappedChinese(text) : CollapseSpaces(text);
            text = Punctuation.WidenBetweenHan(text);
        }
        else
        {
            text = CollapseSpaces(text);
        }
        return text;
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = Scripts.IsSpace(c);
            if (space && result.Length > 0 && result[^1] == ' ') continue;
            result.Append(space ? ' ' : c);
        }
        return result.ToString().Trim();
    }

    private static string StripInvisible(string text) =>
        text.Replace("\uFEFF", "").Replace("\u200B", "").Replace("\u200C", "").Replace("\u200D", "").Replace('\f', ' ').TrimEnd();

    /// <summary>
    /// A document whose paragraph breaks were lost (a copied page, a PDF's text on a few long lines) shows it in its
    /// paragraphs' sizes: one that holds most of a long text, paragraphs that average pages, or page lines joined by spaces.
    /// </summary>
    private static bool ParagraphBreaksLost(List<SourceBlock> blocks)
    {
        var paragraphs = blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem && b.Text.Length > 0).ToList();
        if (paragraphs.Count == 0) return false;
        var characters = paragraphs.Sum(b => (long)b.Text.Length);
        var longest = paragraphs.Max(b => b.Text.Length);
        return paragraphs.Any(b => WrappedTextReflow.IsWrappedBlob(b.Text))
            || (longest >= 2000 && longest >= characters * 0.4)
            || characters / paragraphs.Count > 1200;
    }

}
