using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlideGen.Reading.Docx;

internal enum ParagraphRole { Body, Title, Subtitle, Author, Date, Caption, TableOfContents }

/// <summary>
/// What a document's styles say about a paragraph: its heading level (Heading n by id or by name, localized
/// names included, w:outlineLvl, or a basedOn chain leading to either), its role (title, table of contents),
/// the numbering it inherits, and whether it is bold.
/// </summary>
internal sealed partial class StyleBook
{
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly string? defaultParagraphStyle;

    public StyleBook(Styles? stylesElement)
    {
        foreach (var style in stylesElement?.Elements<Style>() ?? [])
        {
            var id = style.StyleId?.Value;
            if (id is not null) styles.TryAdd(id, style);
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true) defaultParagraphStyle = id;
        }
    }

    public string? EffectiveParagraphStyle(string? styleId) => styleId ?? defaultParagraphStyle;

    public ParagraphRole RoleOf(string? styleId)
    {
        var name = NameOf(styleId);
        if (name is null) return ParagraphRole.Body;
        if (name is "title" or "标题" or "標題") return ParagraphRole.Title;
        if (name is "subtitle" or "副标题" or "副標題") return ParagraphRole.Subtitle;
        if (name is "author") return ParagraphRole.Author;
        if (name is "date") return ParagraphRole.Date;
        if (name is "caption" or "image caption" or "imagecaption" or "figure caption" or "figurecaption" or "题注" or "題注") return ParagraphRole.Caption;
        if (TableOfContentsName().IsMatch(name)) return ParagraphRole.TableOfContents;
        return ParagraphRole.Body;
    }

    /// <summary>1..9 for a heading style, null for body text.</summary>
    public int? HeadingLevelOf(string? styleId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && visited.Add(id);)
        {
            var style = styles.GetValueOrDefault(id);
            var outline = style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is >= 0 and <= 8) return outline + 1;
            if (outline is not null) return null; // level 9 is Word's "body text": it ends the inheritance.
            var name = NameOf(id);
            if (name is not null && TableOfContentsName().IsMatch(name)) return null;
            var match = HeadingName().Match(name ?? "");
            if (!match.Success) match = HeadingName().Match(id.ToLowerInvariant());
            if (match.Success) return int.Parse(match.Groups["level"].Value);
            id = style?.BasedOn?.Val?.Value;
        }
        return null;
    }

    /// <summary>The numbering a paragraph style carries (Word links heading styles to multilevel lists this way).</summary>
    public (int NumId, int? Level)? NumberingOf(string? styleId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && visited.Add(id);)
        {
            var style = styles.GetValueOrDefault(id);
            var numbering = style?.StyleParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val?.Value is int numId)
                return (numId, numbering.NumberingLevelReference?.Val?.Value);
            id = style?.BasedOn?.Val?.Value;
        }
        return null;
    }

    public bool IsBold(string? styleId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && visited.Add(id);)
        {
            var style = styles.GetValueOrDefault(id);
            var bold = style?.StyleRunProperties?.Bold;
            if (bold is not null) return bold.Val is null || bold.Val.Value;
            id = style?.BasedOn?.Val?.Value;
        }
        return false;
    }

    private string? NameOf(string? styleId)
    {
        if (styleId is null) return null;
        var name = styles.GetValueOrDefault(styleId)?.StyleName?.Val?.Value ?? styleId;
        return name.Trim().ToLowerInvariant();
    }

    // Built-in names are English in styles.xml, but files from localized editors and converters carry
    // translated names ("标题 1") and ids ("Heading1", "1" for WPS, which the name then explains).
    [GeneratedRegex(@"^(heading|标题|標題|überschrift|titre|título|titolo|kop|nagłówek|заголовок|見出し|제목)\s*(?<level>[1-9])$")]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(toc\s*\d|toc heading|toc|contents\s*\d|目录\s*\d|目錄\s*\d|table of contents|contents heading|index\s*\d)$")]
    private static partial Regex TableOfContentsName();
}
