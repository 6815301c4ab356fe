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
        result.TrimEnd();
        return result;
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
