using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>
/// A document with no numbering and no headings still deserves slides: each paragraph becomes a point, its first
/// sentence (or clause) the heading, and the user is warned that the structure was guessed.
/// </summary>
public static class ParagraphSections
{
    /// <summary>More paragraphs than this are grouped, consecutive ones together, so the deck stays presentable.</summary>
    public const int MaxSections = 100;

    public static void Build(Outline outline, IReadOnlyList<SourceBlock> blocks, int bodyStart, string path)
    {
        var paragraphs = blocks.Skip(bodyStart)
            .Where(b => b.Kind is not BlockKind.Image && b.Text.Trim().Length > 0)
            .ToList();
        if (paragraphs.Count < 2) return;
        var perSection = (paragraphs.Count + MaxSections - 1) / MaxSections;
        for (var start = 0; start < paragraphs.Count; start += perSection)
        {
            var group = paragraphs.Skip(start).Take(perSection).ToList();
            var first = group[0].Text.Trim();
            var (heading, remainder) = HeadingText.Split(first, MarkerShape.Inline);
            var node = new OutlineNode
            {
                Heading = heading,
                Body = string.Join("\n", new[] { remainder }.Concat(group.Skip(1).Select(b => b.Text.Trim())).Where(t => t.Length > 0)),
                OwnText = string.Join("\n", group.Select(b => b.Text.Trim())),
                Line = group[0].Line,
                Level = 1,
                Style = "paragraph",
            };
            node.Images.AddRange(group.SelectMany(b => b.Images));
            outline.Sections.Add(node);
        }
        outline.Opening = "";
        outline.Warnings.Add($"{path}({paragraphs[0].Line}): no numbered points or headings found; made one slide per paragraph" + (perSection > 1 ? $" ({perSection} paragraphs a slide)" : ""));
    }
}
