using SlideGen.Reading;

namespace SlideGen.Sections;

/// <summary>
/// A document that opens with its only top-level heading uses that heading as its title (the Markdown
/// convention markdownlint and pandoc follow, and what pandoc writes into Word as Heading 1).
/// Treating it as a section would put every real section one level down, under a single chapter.
/// </summary>
internal static class LoneTopHeading
{
    /// <remarks>
    /// Also over a title in the front matter: the heading is what readers see, and front matter copied from a template
    /// keeps the template's title (title: KEP Template) over a document that has its own.
    /// </remarks>
    public static SourceDocument PromoteToTitle(SourceDocument document)
    {
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        var top = headings.Where(h => h.HeadingLevel == 1).ToList();
        if (top.Count != 1 || !ReferenceEquals(top[0], headings[0]) || top[0].Marker is not null) return document;
        // Only when the heading opens the document: text before it means it titles a part, not the whole.
        var index = document.Blocks.IndexOf(top[0]);
        if (document.Blocks.Take(index).Any(b => b.Kind != BlockKind.Image && !string.IsNullOrWhiteSpace(b.Text))) return document;
        return new SourceDocument
        {
            Path = document.Path, Format = document.Format, Blocks = document.Blocks.Where((_, i) => i != index).ToList(),
            Title = top[0].Text.Trim(), Author = document.Author, Date = document.Date, Warnings = document.Warnings,
            ParagraphBreaksLost = document.ParagraphBreaksLost,
        };
    }
}
