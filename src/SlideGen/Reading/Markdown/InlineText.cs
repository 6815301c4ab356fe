using System.Text;
using Markdig.Syntax.Inlines;

namespace SlideGen.Reading.Markdown;

/// <summary>
/// The visible text of Markdown inlines: emphasis delimiters, link syntax and code ticks are dropped, their
/// text kept; emphasis is remembered as spans of that text, and images are collected rather than written.
/// </summary>
internal sealed class InlineText
{
    private readonly StringBuilder text = new();
    private readonly List<(int Start, int Length)> emphasis = [];
    private readonly List<(string Url, string Alt)> images = [];

    public string Text => text.ToString();
    public IReadOnlyList<(int Start, int Length)> Emphasis => emphasis;
    public IReadOnlyList<(string Url, string Alt)> Images => images;

    public static InlineText Of(ContainerInline? inlines)
    {
        var result = new InlineText();
        if (inlines is not null) result.Append(inlines);
        result.ResolveStrongBesideChinesePunctuation();
        result.TrimEnd();
        return result;
    }

    /// <summary>
    /// "**要求。**正文" is bold to every Chinese writer, but CommonMark leaves the asterisks as text: a closing ** after
    /// punctuation must be followed by a space or punctuation, which Chinese text does not put there. Pairs of ** left
    /// in a paragraph's text are taken as the strong emphasis the writer meant.
    /// </summary>
    private void ResolveStrongBesideChinesePunctuation()
    {
        var original = text.ToString();
        var marks = new List<int>();
        for (var i = original.IndexOf("**", StringComparison.Ordinal); i >= 0; i = original.IndexOf("**", i + 2, StringComparison.Ordinal))
            marks.Add(i);
        var pairs = new List<(int Open, int Close)>();
        for (var k = 0; k + 1 < marks.Count; k += 2)
            if (marks[k + 1] > marks[k] + 2 && original.AsSpan(marks[k] + 2, marks[k + 1] - marks[k] - 2).IndexOf('\n') < 0)
                pairs.Add((marks[k], marks[k + 1]));
        if (pairs.Count == 0) return;
        var removed = pairs.SelectMany(p => new[] { p.Open, p.Close }).Order().ToList();
        int Moved(int index) => index - 2 * removed.Count(r => r < index);
        var spans = emphasis.Select(e => (Start: Moved(e.Start), Length: Moved(e.Start + e.Length) - Moved(e.Start))).ToList();
        spans.AddRange(pairs.Select(p => (Start: Moved(p.Open + 2), Length: Moved(p.Close) - Moved(p.Open + 2))));
        text.Clear();
        var from = 0;
        foreach (var r in removed)
        {
            text.Append(original, from, r - from);
            from = r + 2;
        }
        text.Append(original, from, original.Length - from);
        emphasis.Clear();
        emphasis.AddRange(spans.Where(e => e.Length > 0).Distinct().OrderBy(e => e.Start));
    }

    private void Append(ContainerInline container)
    {
        foreach (var inline in container)
            Append(inline);
    }

    private void Append(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case EmphasisInline emphasised:
                var start = text.Length;
                Append((ContainerInline)emphasised);
                var length = text.Length - start;
                // ***both*** nests strong in em: one span for the same text is enough.
                if (length > 0 && !emphasis.Contains((start, length))) emphasis.Add((start, length));
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LinkInline { IsImage: true } image:
                images.Add((image.Url ?? "", Of(image).Text));
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline:
                // Tags such as <br> or <span> carry no text of their own.
                break;
            case ContainerInline container:
                Append(container);
                break;
        }
    }

    private void TrimEnd()
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1])) text.Length--;
        for (var i = emphasis.Count - 1; i >= 0; i--)
        {
            var (start, length) = emphasis[i];
            var end = Math.Min(start + length, text.Length);
            if (end <= start) emphasis.RemoveAt(i);
            else emphasis[i] = (start, end - start);
        }
    }
}
