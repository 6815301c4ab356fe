using SlideGen.Diagnostics;

namespace SlideGen.Reading;

/// <summary>Picks the reader for an input: --from first, then the extension, then the content.</summary>
public static partial class DocumentLoader
{
    private static readonly IDocumentReader[] Readers = [new PlainTextReader(), new MarkdownReader(), new DocxReader()];

    /// <summary>
    /// Longer than any speech written without a paragraph break (a whole speech on one line is tens of thousands);
    /// a paragraph must fit in one slide's notes, which templates build as one string.
    /// </summary>
    public const int MaxParagraphCharacters = 200_000;

    /// <param name="encoding">The text's encoding when the user names one (--encoding); null to detect it. Word files ignore it.</param>
    public static SourceDocument Load(byte[] bytes, string path, InputFormat? from = null, string? encoding = null)
    {
        if (bytes.Length == 0)
            throw new SlideGenException(new SourcePosition(path), "the file is empty", ExitCodes.InputUnreadable);
        if (encoding is not null && from != InputFormat.Docx && !IsZip(bytes))
        {
            // Readers detect encodings themselves; text in a named encoding reaches them as UTF-8, which they always recognise.
            bytes = new System.Text.UTF8Encoding(false).GetBytes(TextDecoder.DecodeText(bytes, path, encoding));
            if (bytes.Length == 0)
                throw new SlideGenException(new SourcePosition(path), "the file has no text", ExitCodes.InputUnreadable);
        }
        var format = from ?? Detect(bytes, path);
        var document = Readers.First(r => r.Format == format).Read(bytes, path);
        if (document.Blocks.All(b => b.Text.Trim().Length == 0 && b.Images.Count == 0))
            throw new SlideGenException(new SourcePosition(path), "the file has no text", ExitCodes.InputUnreadable);
        if (document.Blocks.FirstOrDefault(b => b.Text.Length > MaxParagraphCharacters) is { } huge)
            throw new SlideGenException(new SourcePosition(path, huge.Line), $"one paragraph of {huge.Text.Length:N0} characters; SlideGen takes paragraphs of up to {MaxParagraphCharacters:N0} characters (about 100 pages): break the text into paragraphs", ExitCodes.InputUnreadable);
        return document;
    }

    public static InputFormat Detect(byte[] bytes, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var isZip = IsZip(bytes);
        switch (extension)
        {
            case ".docx" or ".docm" or ".dotx":
                return InputFormat.Docx;
            case ".md" or ".markdown":
                return InputFormat.Markdown;
            case ".txt" or ".text":
                return InputFormat.Text;
            case ".doc":
                throw new SlideGenException(new SourcePosition(path), "the old binary .doc format is not supported; save the file as .docx", ExitCodes.InputUnreadable);
            case ".pdf":
                throw new SlideGenException(new SourcePosition(path), "PDF is not supported; export the text (.txt) or a Word file (.docx)", ExitCodes.InputUnreadable);
            case ".pptx":
                throw new SlideGenException(new SourcePosition(path), "this is a deck, not a document; SlideGen reads .txt, .md and .docx", ExitCodes.InputUnreadable);
        }
        if (isZip) return InputFormat.Docx;
        var text = TextDecoder.Decode(bytes.Length > 65536 ? bytes[..65536] : bytes, out _);
        return LooksLikeMarkdown(text) ? InputFormat.Markdown : InputFormat.Text;
    }

    private static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static bool LooksLikeMarkdown(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length > 0 && lines[0] == "---") return true;
        var atx = lines.Count(l => AtxHeading().IsMatch(l));
        return atx >= 2;
    }

    public static InputFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "txt" or "text" => InputFormat.Text,
        "md" or "markdown" => InputFormat.Markdown,
        "docx" or "word" => InputFormat.Docx,
        _ => throw new SlideGenException(new SourcePosition("--from"), $"unknown format '{value}' (use txt, md or docx)", ExitCodes.Usage),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^#{1,6} \S")]
    private static partial System.Text.RegularExpressions.Regex AtxHeading();
}
