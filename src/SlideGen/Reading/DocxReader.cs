using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SlideGen.Diagnostics;
using SlideGen.Reading.Docx;

namespace SlideGen.Reading;

/// <summary>
/// Reads Word documents with OpenXml: styles, outline levels and automatic numbering give the structure.
/// Blocks are numbered by paragraph (1-based, counting every paragraph of the body, table cells included).
/// Footnotes, endnotes, comments, headers, footers and text boxes are not read: they are not the speech.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <summary>Longest paragraph that still counts as a bold heading-by-convention candidate.</summary>
    private const int BoldHeadingMaxLength = 80;

    public InputFormat Format => InputFormat.Docx;

    public SourceDocument Read(byte[] bytes, string path)
    {
        RefuseWhatIsNotAPackage(bytes, path);
        PackageScan.Check(bytes, path);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = PackageLimits.Default.MaxCharactersInPart };
            using var word = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var mainPart = word.MainDocumentPart;
            if (mainPart?.Document?.Body is not { } body)
                throw Unreadable(path, "this zip file is not a Word document (it has no word/document.xml)");
            var document = new SourceDocument { Path = path, Format = InputFormat.Docx };
            new BodyWalker(document, mainPart).Walk(body);
            if (document.Title is null && !string.IsNullOrWhiteSpace(word.PackageProperties.Title))
                document.Title = word.PackageProperties.Title.Trim();
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                      or FileFormatException or InvalidOperationException or NotSupportedException)
        {
            throw Unreadable(path, $"the Word file is damaged and cannot be read ({FirstLine(e.Message)})", e);
        }
    }

    private static void RefuseWhatIsNotAPackage(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if (bytes.AsSpan().StartsWith(compoundFile))
        {
            // Word stores a password-protected .docx inside an OLE compound file, next to an EncryptionInfo stream.
            var encrypted = bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;
            throw Unreadable(path, encrypted
                ? "the Word file is password-protected; remove the password (File > Info > Protect Document) and save it again"
                : "this is an old binary Word file (.doc); save it as .docx");
        }
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            throw Unreadable(path, "this is not a Word .docx file (not a zip package)");
    }

    private static SlideGenException Unreadable(string path, string problem, Exception? inner = null) =>
        new(new SourcePosition(path), problem, ExitCodes.InputUnreadable, inner);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');

    private sealed class BodyWalker
    {
        private readonly SourceDocument document;
        private readonly MainDocumentPart mainPart;
        private readonly StyleBook styles;
        private readonly NumberingBook numbering;
        private int paragraphNumber;

        public BodyWalker(SourceDocument document, MainDocumentPart mainPart)
        {
            this.document = document;
            this.mainPart = mainPart;
            styles = new StyleBook(mainPart.StyleDefinitionsPart?.Styles);
            numbering = new NumberingBook(mainPart.NumberingDefinitionsPart?.Numbering, styles);
        }

        public void Walk(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case Table table:
                        AddTable(table);
                        break;
                    case SdtBlock sdt when IsTableOfContents(sdt):
                        // A table of contents repeats every heading; counted, never read.
                        paragraphNumber += sdt.Descendants<Paragraph>().Count();
                        break;
                    case SdtBlock sdt:
                        if (sdt.SdtContentBlock is { } content) Walk(content);
                        break;
                    case CustomXmlBlock or AlternateContent or AlternateContentChoice:
                        Walk(child is AlternateContent alternate ? (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate : child);
                        break;
                }
            }
        }

        private static bool IsTableOfContents(SdtBlock sdt) =>
            sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;

        private void AddParagraph(Paragraph paragraph)
        {
            var number = ++paragraphNumber;
            var read = ReadParagraph(paragraph);
            if (read is null) return;
            var (content, style, marker, isBullet, headingLevel) = read.Value;
            switch (styles.RoleOf(style))
            {
                case ParagraphRole.Title:
                    document.Title = document.Title is null ? content.Text : document.Title + " " + content.Text;
                    return;
                case ParagraphRole.Author when document.Author is null:
                    document.Author = content.Text;
                    return;
                case ParagraphRole.Date when document.Date is null:
                    document.Date = content.Text;
                    return;
            }
            if (styles.RoleOf(style) == ParagraphRole.Caption && headingLevel is null && document.Blocks.Count > 0
                && document.Blocks[^1] is { Kind: BlockKind.Image, Text.Length: 0 } image)
            {
                // A caption under a picture names the picture; it is not a point of its own.
                image.Text = content.Text;
                return;
            }
            var kind = headingLevel is not null ? BlockKind.Heading
                : marker is not null || isBullet ? BlockKind.ListItem
                : content.Text.Length == 0 ? BlockKind.Image
                : BlockKind.Paragraph;
            document.Blocks.Add(new SourceBlock
            {
                Text = content.Text,
                Line = number,
                Kind = kind,
                HeadingLevel = headingLevel,
                Marker = marker,
                IsBold = content.IsAllBold && content.Text.Length <= BoldHeadingMaxLength,
                Images = content.Images,
                Emphasis = content.Emphasis,
            });
        }

        /// <summary>Reads a paragraph and advances numbering; null when it shows nothing a slide could use.</summary>
        private (ParagraphContent Content, string? Style, string? Marker, bool IsBullet, int? HeadingLevel)? ReadParagraph(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var style = styles.EffectiveParagraphStyle(properties?.ParagraphStyleId?.Val?.Value);
            if (styles.RoleOf(style) == ParagraphRole.TableOfContents) return null;

            string? marker = null;
            var isBullet = false;
            var direct = properties?.NumberingProperties;
            var numId = direct?.NumberingId?.Val?.Value;
            int? level = direct?.NumberingLevelReference?.Val?.Value;
            if (numId is null && styles.NumberingOf(style) is { } fromStyle)
            {
                numId = fromStyle.NumId;
                level ??= fromStyle.Level;
            }
            // numId 0 is how a paragraph switches off the numbering its style would give it.
            if (numId is > 0)
                marker = numbering.Next(numId.Value, level, style, out isBullet);

            var content = ParagraphContent.Read(paragraph, mainPart, styles, style);
            if (content.Text.Length == 0 && content.Images.Count == 0) return null;

            int? headingLevel;
            var outline = properties?.OutlineLevel?.Val?.Value;
            if (outline is >= 0 and <= 8) headingLevel = outline + 1;
            else if (outline is not null) headingLevel = null;
            else headingLevel = styles.HeadingLevelOf(style);
            if (content.Text.Length == 0) headingLevel = null;
            return (content, style, marker, isBullet, headingLevel);
        }

        private void AddTable(Table table)
        {
            var firstParagraph = paragraphNumber + 1;
            var rows = new List<string>();
            var images = new List<SourceImage>();
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var parts = new List<string>();
                    foreach (var paragraph in cell.Descendants<Paragraph>())
                    {
                        paragraphNumber++;
                        if (ReadParagraph(paragraph) is not { } read) continue;
                        images.AddRange(read.Content.Images);
                        var text = read.Marker is null ? read.Content.Text : read.Marker + " " + read.Content.Text;
                        if (text.Trim().Length > 0) parts.Add(text.Replace('\n', ' '));
                    }
                    cells.Add(string.Join(" ", parts));
                }
                if (cells.Any(c => c.Length > 0)) rows.Add(string.Join(" | ", cells));
            }
            if (rows.Count == 0 && images.Count == 0) return;
            document.Blocks.Add(new SourceBlock
            {
                Text = string.Join('\n', rows),
                Line = firstParagraph,
                Kind = BlockKind.Table,
                Images = images,
            });
        }
    }
}
