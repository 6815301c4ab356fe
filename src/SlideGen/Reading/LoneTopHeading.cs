namespace SlideGen.Reading;

/// <summary>
/// A document that opens with its only top-level heading uses that heading as its title (the Markdown
/// convention markdownlint and pandoc follow, and what pandoc writes into Word as Heading 1).
/// Treating it as a section would put every real section one level down, under a single chapter.
/// </summary>
internal static class LoneTopHeading
{
    public static void PromoteToTitle(SourceDocument document)
    {
        if (document.Title is not null) return;
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        var top = headings.Where(h => h.HeadingLevel == 1).ToList();
        if (top.Count != 1 || !ReferenceEquals(top[0], headings[0]) || top[0].Marker is not null) return;
        // Only when the heading opens the document: text before it means it titles a part, not the whole.
        var index = document.Blocks.IndexOf(top[0]);
        if (document.Blocks.Take(index).Any(b => b.Kind != BlockKind.Image && !string.IsNullOrWhiteSpace(b.Text))) return;
        document.Title = top[0].Text.Trim();
        document.Blocks.RemoveAt(index);
    }
}
