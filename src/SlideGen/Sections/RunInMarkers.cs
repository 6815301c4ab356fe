using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>
/// Markers inside a paragraph, right after a full stop (…。一是…。二是…). Where the document's paragraph breaks were
/// lost, each opens a paragraph of its own. Where they were kept, an enumeration inside a paragraph belongs to that
/// paragraph's point, never beside it: it is split off only from a paragraph that opens a point itself (第二，…。一是…),
/// as pieces that continue it, and a section marker (一、, 第一章) there is taken as a lost line break.
/// </summary>
internal static class RunInMarkers
{
    /// <summary>Characters after a full stop that decide whether a marker opens a paragraph there; markers are short.</summary>
    private const int MarkerWindow = 256;

    public static List<SourceBlock> Split(IReadOnlyList<SourceBlock> blocks, bool paragraphBreaksLost)
    {
        var result = new List<SourceBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is BlockKind.Table or BlockKind.Image) { result.Add(block); continue; }
            // "一是" alone on its line and its text on the next: one paragraph whose line break was misplaced.
            if (i + 1 < blocks.Count && IsLoneMarker(block) && blocks[i + 1].Kind == BlockKind.Paragraph && MarkerRecognizer.Match(blocks[i + 1].Text) is null)
            {
                var next = blocks[++i];
                block = new SourceBlock
                {
                    Text = block.Text.Trim() + next.Text.Trim(), Line = block.Line, Column = block.Column, Kind = block.Kind,
                    HeadingLevel = block.HeadingLevel, Marker = block.Marker, IsBold = block.IsBold && next.IsBold, Images = [.. block.Images, .. next.Images],
                    Emphasis = next.Emphasis.Select(e => (e.Start + block.Text.Trim().Length, e.Length)).ToList(),
                };
            }
            result.AddRange(SplitAtMarkers(block, paragraphBreaksLost));
        }
        return result;
    }

    private static bool IsLoneMarker(SourceBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Marker is null && MarkerRecognizer.Match(block.Text.Trim()) is { Rest.Length: 0 };

    private static IEnumerable<SourceBlock> SplitAtMarkers(SourceBlock original, bool paragraphBreaksLost)
    {
        var text = original.Text;
        var opensPoint = MarkerRecognizer.Match(text) is not null || UnnumberedHeadings.OpensWithTopicQuestion(text);
        var continuesParagraph = original.ContinuesParagraph;
        var start = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var afterColon = text[i - 1] == '：';
            if (!IsFullStop(text, i - 1) && !afterColon) continue;
            // A window, not text[i..]: copying the rest of the line at every full stop made a long line quadratic.
            if (MarkerRecognizer.Match(text.Substring(i, Math.Min(MarkerWindow, text.Length - i))) is not { } marker || !OpensParagraph(marker)) continue;
            // After a colon only a section marker (一、 （一）) opens a paragraph, or an enumeration whose second item opens a
            // sentence of its own (…：一是A。二是B。); "…：一是A，二是B。" is an enumeration inside one sentence.
            if (afterColon && marker.Shape != MarkerShape.Heading && !SecondItemOpensASentence(text, i, marker)) continue;
            var continues = !paragraphBreaksLost && !OpensSection(marker);
            if (continues && !opensPoint) continue;
            yield return Piece(original, start, i, continuesParagraph);
            continuesParagraph = continues;
            start = i;
        }
        yield return start == 0 ? original : Piece(original, start, text.Length, continuesParagraph);
    }

    private static bool SecondItemOpensASentence(string text, int from, MarkerMatch first)
    {
        if (first.Value != 1) return false;
        for (var i = from + 1; i < text.Length - 1 && i < from + 2 * MarkerWindow; i++)
            if (IsFullStop(text, i - 1) && MarkerRecognizer.Match(text.Substring(i, Math.Min(MarkerWindow, text.Length - i))) is { } next)
                return next.Style == first.Style && next.Value == 2;
        return false;
    }

    private static bool IsFullStop(string text, int i) =>
        text[i] is '。' or '！' or '？' || (text[i] == '”' && i > 0 && text[i - 1] is '。' or '！' or '？');

    // Only markers that open points in running Chinese text; "1." after a full stop is too often a quantity or a list.
    private static bool OpensParagraph(MarkerMatch marker) =>
        marker.Style.StartsWith("cn-", StringComparison.Ordinal) || marker.Style is "arabic-paren" or "circled";

    private static bool OpensSection(MarkerMatch marker) =>
        marker.Style == "cn-dun" || marker.Style.StartsWith("cn-chapter", StringComparison.Ordinal);

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, with the emphasis that falls inside it.</summary>
    private static SourceBlock Piece(SourceBlock original, int start, int end, bool continuesParagraph)
    {
        var raw = original.Text[start..end];
        var text = raw.Trim();
        var from = start + (raw.Length - raw.TrimStart().Length);
        var first = start == 0;
        return new SourceBlock
        {
            Text = text, Line = original.Line, Column = original.Column + start, Kind = first ? original.Kind : BlockKind.Paragraph,
            HeadingLevel = first ? original.HeadingLevel : null, Marker = first ? original.Marker : null,
            IsBold = first && original.IsBold, Images = first ? original.Images : [], ContinuesParagraph = continuesParagraph,
            Emphasis = original.Emphasis
                .Where(e => e.Start >= from && e.Start + e.Length <= from + text.Length)
                .Select(e => (e.Start - from, e.Length))
                .ToList(),
        };
    }
}
