namespace SlideGen.Reading;

/// <summary>Reads Markdown with Markdig: front matter, ATX and setext headings, ordered lists, emphasis.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Markdown;

    // Until the Markdig reader lands, Markdown is read as text: ATX headings are then found by section detection.
    public SourceDocument Read(byte[] bytes, string path)
    {
        var document = new PlainTextReader().Read(bytes, path);
        return new SourceDocument { Path = path, Format = InputFormat.Markdown, Blocks = document.Blocks };
    }
}
