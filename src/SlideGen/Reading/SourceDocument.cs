namespace SlideGen.Reading;

public enum InputFormat { Text, Markdown, Docx }

public enum BlockKind { Paragraph, Heading, ListItem, Table, Image }

/// <summary>One block of a document as its reader found it, before cleaning and structure detection.</summary>
public sealed class SourceBlock
{
    public required string Text { get; set; }

    /// <summary>1-based line (text, markdown) or paragraph number (docx) where the block starts.</summary>
    public int Line { get; init; }

    /// <summary>1-based column where the block starts, when cleaning split one source line into several paragraphs.</summary>
    public int Column { get; init; } = 1;

    public BlockKind Kind { get; init; } = BlockKind.Paragraph;

    /// <summary>Level the format itself declares (Markdown #, Word Heading n / outline level); null when only text markers tell.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>A marker the format produced outside the text, such as Word's automatic numbering ("一、").</summary>
    public string? Marker { get; init; }

    /// <summary>True for a short paragraph that is entirely bold (a heading by convention in many Word files).</summary>
    public bool IsBold { get; init; }

    public IReadOnlyList<SourceImage> Images { get; init; } = [];

    /// <summary>
    /// True for a piece cleaning split off the paragraph before it at a marker after a full stop ("第二，…。一是…。二是…"):
    /// an enumeration inside that paragraph's point, not a paragraph of its own.
    /// </summary>
    public bool ContinuesParagraph { get; init; }

    /// <summary>The paragraph as a reader sees it printed: Word's automatic number, then the text.</summary>
    public string PrintedText => Marker is null ? Text : Marker + " " + Text;

    /// <summary>Spans of <see cref="Text"/> the author emphasised (Markdown ** or *, bold or italic runs in Word), so slides can show them.</summary>
    public IReadOnlyList<(int Start, int Length)> Emphasis { get; init; } = [];
}

/// <summary>An image found in a document, kept as content for the point's slide.</summary>
public sealed record SourceImage(string Name, byte[] Bytes, string ContentType);

/// <summary>A document as read: its blocks in order, and what the format says about it.</summary>
public sealed class SourceDocument
{
    public required string Path { get; init; }
    public InputFormat Format { get; init; }
    public List<SourceBlock> Blocks { get; init; } = [];

    /// <summary>A title the format states (Markdown front matter, Word's Title style or core properties).</summary>
    public string? Title { get; set; }
    public string? Author { get; set; }
    public string? Date { get; set; }

    /// <summary>
    /// True when the text's paragraph breaks were lost (a copied page, a PDF's lines joined into a few long ones), as
    /// cleaning judged from the paragraphs' sizes: then a marker after a full stop opens a paragraph of its own.
    /// </summary>
    public bool ParagraphBreaksLost { get; init; }

    /// <summary>What the reader noticed and read generously (a Markdown heading without its space), as file(line): message.</summary>
    public List<string> Warnings { get; init; } = [];
}
