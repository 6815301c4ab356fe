using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SlideGen.Diagnostics;
using SlideGen.Reading.Markdown;

namespace SlideGen.Reading;

/// <summary>Reads Markdown with Markdig: front matter, ATX and setext headings, ordered lists, emphasis.</summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public InputFormat Format => InputFormat.Markdown;

    public SourceDocument Read(byte[] bytes, string path)
    {
        var document = new SourceDocument { Path = path, Format = InputFormat.Markdown };
        var text = SpaceAfterHeadingHashes(TextDecoder.DecodeText(bytes, path), path, document.Warnings);
        var walker = new Walker(document, text, BaseDirectory(path));
        walker.Walk(global::Markdig.Markdown.Parse(text, Pipeline));
        return document;
    }

    private static string BaseDirectory(string path)
    {
        if (path == "-") return Directory.GetCurrentDirectory();
        return Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
    }

    /// <summary>
    /// "##工作回顾" is a heading to the people who write it, though CommonMark wants a space after the hashes: such a
    /// line outside code fences is read as the heading it was meant to be, with a warning.
    /// </summary>
    private static string SpaceAfterHeadingHashes(string text, string path, List<string> warnings)
    {
        if (!text.Contains('#')) return text;
        var lines = text.Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (CodeFence().IsMatch(lines[i])) { fenced = !fenced; continue; }
            if (fenced || HashesWithoutSpace().Match(lines[i]) is not { Success: true } m) continue;
            lines[i] = lines[i][..m.Length] + " " + lines[i][m.Length..];
            warnings.Add($"{path}({i + 1}): '{m.Value}' has no space after it; read as a heading (CommonMark needs '{m.Value} ')");
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^ {0,3}(?:```|~~~)")]
    private static partial Regex CodeFence();

    // Hashes then a Han character or a numbered heading's first character: "#1 priority" and "#hashtag" stay text.
    [GeneratedRegex(@"^ {0,3}#{1,6}(?=[\u4E00-\u9FFF（一二三四五六七八九十第])")]
    private static partial Regex HashesWithoutSpace();

    [GeneratedRegex(@"^\s*(\d{1,9})([.)])")]
    private static partial Regex OrderedMarker();

    private sealed class Walker(SourceDocument document, string source, string baseDirectory)
    {
        public void Walk(ContainerBlock container)
        {
            foreach (var block in container)
                Walk(block);
        }

        private void Walk(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    var fields = MarkdownFrontMatter.Parse(frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.ToString()));
                    document.Title ??= fields.Title;
                    document.Author ??= fields.Author;
                    document.Date ??= fields.Date;
                    break;
                case HeadingBlock heading:
                    AddInlines(heading, InlineText.Of(heading.Inline), BlockKind.Heading, heading.Level, marker: null);
                    break;
                case ParagraphBlock paragraph:
                    AddInlines(paragraph, InlineText.Of(paragraph.Inline), BlockKind.Paragraph, headingLevel: null, marker: null);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                        WalkListItem(list, item);
                    break;
                case CodeBlock code:
                    // An empty fence (``` at the end of a file) has no line array at all.
                    var lines = (code.Lines.Lines ?? []).Take(code.Lines.Count).Select(l => l.ToString());
                    var codeText = string.Join('\n', lines).TrimEnd();
                    if (codeText.Length > 0)
                        document.Blocks.Add(new SourceBlock { Text = codeText, Line = code.Line + 1 });
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    // Markup and rules carry no text a slide should show.
                    break;
                case ContainerBlock container:
                    // Quotes and other containers: their paragraphs are content like any other.
                    Walk(container);
                    break;
            }
        }

        private void WalkListItem(ListBlock list, ListItemBlock item)
        {
            string? marker = null;
            if (list.IsOrdered)
            {
                // The number as written: authors who type 1. 1. 1. or skip a number mean something by it.
                var match = OrderedMarker().Match(source, item.Span.Start, Math.Min(source.Length - item.Span.Start, 12));
                marker = match.Success ? match.Groups[1].Value + match.Groups[2].Value : item.Order + list.OrderedDelimiter.ToString();
            }
            var children = item.ToList();
            if (children.FirstOrDefault() is ParagraphBlock first)
            {
                AddInlines(first, InlineText.Of(first.Inline), BlockKind.ListItem, headingLevel: null, marker, lineOf: item);
                children.RemoveAt(0);
            }
            foreach (var child in children)
                Walk(child);
        }

        private void AddInlines(LeafBlock leaf, InlineText inlines, BlockKind kind, int? headingLevel, string? marker, Block? lineOf = null)
        {
            var images = inlines.Images.Select(i => LoadImage(i.Url)).OfType<SourceImage>().ToList();
            var line = (lineOf ?? leaf).Line + 1;
            if (kind == BlockKind.Paragraph && inlines.Text.Length == 0 || inlines.Text.Length == 0 && kind != BlockKind.ListItem)
            {
                // A paragraph of images only: an image block, captioned by its alt text.
                if (images.Count > 0)
                {
                    var alt = string.Join(' ', inlines.Images.Select(i => i.Alt).Where(a => a.Length > 0));
                    document.Blocks.Add(new SourceBlock { Text = alt, Line = line, Kind = BlockKind.Image, Images = images });
                }
                return;
            }
            document.Blocks.Add(new SourceBlock
            {
                Text = inlines.Text,
                Line = line,
                Kind = kind,
                HeadingLevel = headingLevel,
                Marker = marker,
                Images = images,
                Emphasis = inlines.Emphasis.ToList(),
                // A short paragraph set wholly in bold is a heading by the same convention as in Word.
                IsBold = kind == BlockKind.Paragraph && inlines.Text.Trim().Length <= 80 && inlines.Emphasis.Any(e => inlines.Text[..e.Start].Trim().Length == 0 && inlines.Text[(e.Start + e.Length)..].Trim().Length == 0),
            });
        }

        private void AddTable(Table table)
        {
            var rows = table.OfType<TableRow>()
                .Select(row => string.Join(" | ", row.OfType<TableCell>().Select(CellText)))
                .Where(row => row.Trim('|', ' ').Length > 0)
                .ToList();
            if (rows.Count > 0)
                document.Blocks.Add(new SourceBlock { Text = string.Join('\n', rows), Line = table.Line + 1, Kind = BlockKind.Table });
        }

        private static string CellText(TableCell cell) =>
            string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline).Text));

        private SourceImage? LoadImage(string url)
        {
            if (url.Length == 0 || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                return null;
            var contentType = ImageContentType(url);
            if (contentType is null) return null;
            string file;
            try { file = Path.GetFullPath(Path.Combine(baseDirectory, Uri.UnescapeDataString(url))); }
            catch (ArgumentException) { return null; }
            if (!File.Exists(file)) return null;
            try { return new SourceImage(Path.GetFileName(file), File.ReadAllBytes(file), contentType); }
            catch (IOException) { return null; }
            catch (UnauthorizedAccessException) { return null; }
        }

        private static string? ImageContentType(string url) => Path.GetExtension(url.Split('?', '#')[0]).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".bmp" => "image/bmp",
            ".tif" or ".tiff" => "image/tiff",
            ".svg" => "image/svg+xml",
            ".webp" => "image/webp",
            _ => null,
        };
    }
}
