using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;

namespace SlideGen.Reading.Docx;

/// <summary>
/// The visible content of one Word paragraph: text of its runs (inserted text kept, deleted and hidden text
/// dropped, field results kept, field codes dropped), bold and italic spans, and the images its drawings show.
/// Text boxes are left out: their text belongs to no paragraph of the flow.
/// </summary>
internal sealed class ParagraphContent
{
    private readonly StringBuilder text = new();
    private readonly List<(int Start, int Length)> emphasis = [];
    private readonly List<SourceImage> images = [];
    private readonly MainDocumentPart mainPart;
    private readonly StyleBook styles;
    private readonly string? paragraphStyle;
    private bool sawText;
    private bool allBold = true;

    private ParagraphContent(MainDocumentPart mainPart, StyleBook styles, string? paragraphStyle)
    {
        this.mainPart = mainPart;
        this.styles = styles;
        this.paragraphStyle = paragraphStyle;
    }

    public string Text { get; private set; } = "";
    public IReadOnlyList<SourceImage> Images => images;
    public IReadOnlyList<(int Start, int Length)> Emphasis => emphasis;

    /// <summary>Every run that shows text is bold (by direct formatting or by style).</summary>
    public bool IsAllBold => sawText && allBold;

    public static ParagraphContent Read(Paragraph paragraph, MainDocumentPart mainPart, StyleBook styles, string? paragraphStyle)
    {
        var content = new ParagraphContent(mainPart, styles, paragraphStyle);
        content.Walk(paragraph);
        content.Finish();
        return content;
    }

    private void Walk(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AddRun(run);
                    break;
                case DeletedRun or MoveFromRun or ParagraphProperties or FieldCode:
                    break;
                case AlternateContent alternate:
                    // Alternatives show the same thing; the first choice is what a current Word renders.
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice) Walk(choice);
                    break;
                default:
                    // Hyperlinks, simple fields, inserted runs, smart tags, content controls: wrappers around runs.
                    Walk(child);
                    break;
            }
        }
    }

    private void AddRun(Run run)
    {
        var properties = run.RunProperties;
        if (IsOn(properties?.Vanish)) return;
        var characterStyle = properties?.RunStyle?.Val?.Value;
        var bold = properties?.Bold is { } b ? IsOn(b) : styles.IsBold(characterStyle) || styles.IsBold(paragraphStyle);
        var italic = IsOn(properties?.Italic);
        var start = text.Length;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Drawing drawing:
                    foreach (var blip in drawing.Descendants<A.Blip>())
                        AddImage(blip.Embed?.Value);
                    break;
                case Picture picture:
                    foreach (var data in picture.Descendants<V.ImageData>())
                        AddImage(data.RelationshipId?.Value);
                    break;
                case AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                        foreach (var blip in choice.Descendants<A.Blip>())
                            AddImage(blip.Embed?.Value);
                    break;
            }
        }
        var added = text.ToString(start, text.Length - start);
        if (added.Trim().Length == 0) return;
        sawText = true;
        allBold &= bold;
        if (bold || italic) AddEmphasis(start, added.Length);
    }

    private void AddEmphasis(int start, int length)
    {
        // Word splits a bold phrase into several runs whenever spelling marks or revisions touch it.
        if (emphasis.Count > 0 && emphasis[^1].Start + emphasis[^1].Length == start)
            emphasis[^1] = (emphasis[^1].Start, emphasis[^1].Length + length);
        else
            emphasis.Add((start, length));
    }

    private void AddImage(string? relationshipId)
    {
        if (relationshipId is null) return;
        OpenXmlPart? part;
        try { part = mainPart.GetPartById(relationshipId); }
        catch (ArgumentOutOfRangeException) { return; }
        if (part is not ImagePart image) return;
        using var stream = image.GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var name = Path.GetFileName(image.Uri.OriginalString);
        if (images.All(existing => existing.Name != name))
            images.Add(new SourceImage(name, buffer.ToArray(), image.ContentType));
    }

    private void Finish()
    {
        var full = text.ToString();
        var trimmedStart = full.Length - full.TrimStart().Length;
        Text = full.Trim();
        for (var i = emphasis.Count - 1; i >= 0; i--)
        {
            var start = Math.Max(emphasis[i].Start - trimmedStart, 0);
            var end = Math.Min(emphasis[i].Start + emphasis[i].Length - trimmedStart, Text.Length);
            if (end <= start || IsAllBold) emphasis.RemoveAt(i);
            else emphasis[i] = (start, end - start);
        }
    }

    private static bool IsOn(OnOffType? toggle) => toggle is not null && (toggle.Val is null || toggle.Val.Value);
}
