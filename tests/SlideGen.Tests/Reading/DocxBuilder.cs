using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlideGen.Tests.Reading;

/// <summary>
/// Builds small Word documents with OpenXml from WordprocessingML fragments, the way Word writes them,
/// and checks each one with OpenXmlValidator so that the reader is tested on valid files only.
/// </summary>
internal sealed class DocxBuilder
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private readonly List<string> body = [];
    private readonly List<string> styles = [];
    private string? numbering;
    private string? footnotes;
    private string? comments;
    private string? coreTitle;
    private byte[]? image;

    /// <summary>A paragraph style; pPr and rPr are inner XML of w:pPr and w:rPr.</summary>
    public DocxBuilder Style(string id, string name, string? basedOn = null, string pPr = "", string rPr = "")
    {
        var based = basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>";
        var paragraph = pPr.Length == 0 ? "" : $"<w:pPr>{pPr}</w:pPr>";
        var run = rPr.Length == 0 ? "" : $"<w:rPr>{rPr}</w:rPr>";
        styles.Add($"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{based}{paragraph}{run}</w:style>");
        return this;
    }

    /// <summary>The built-in heading styles as Word writes them: id HeadingN, name "heading N", outline level, bold.</summary>
    public DocxBuilder WordHeadingStyles(int levels = 3)
    {
        for (var level = 1; level <= levels; level++)
            Style($"Heading{level}", $"heading {level}", "Normal", $"<w:outlineLvl w:val=\"{level - 1}\"/>", "<w:b/>");
        return this;
    }

    /// <summary>Inner XML of w:numbering (abstractNum and num elements).</summary>
    public DocxBuilder Numbering(string innerXml)
    {
        numbering = innerXml;
        return this;
    }

    public DocxBuilder Xml(string bodyXml)
    {
        body.Add(bodyXml);
        return this;
    }

    public DocxBuilder Paragraph(string text, string? style = null, string pPr = "", bool bold = false)
    {
        var styleXml = style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>";
        var properties = styleXml.Length + pPr.Length == 0 ? "" : $"<w:pPr>{styleXml}{pPr}</w:pPr>";
        return Xml($"<w:p>{properties}{Run(text, bold)}</w:p>");
    }

    public DocxBuilder Numbered(string text, int numId, int level, string? style = null) =>
        Paragraph(text, style, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    public static string Run(string text, bool bold = false, bool italic = false)
    {
        var properties = bold || italic ? $"<w:rPr>{(bold ? "<w:b/>" : "")}{(italic ? "<w:i/>" : "")}</w:rPr>" : "";
        return $"<w:r>{properties}<w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";
    }

    /// <summary>Adds a footnote with id 1 whose text must never show up as a block.</summary>
    public DocxBuilder Footnote(string text)
    {
        footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
                    "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" +
                    $"<w:footnote w:id=\"1\"><w:p>{Run(text)}</w:p></w:footnote>";
        return this;
    }

    /// <summary>Adds a comment with id 0 whose text must never show up as a block.</summary>
    public DocxBuilder Comment(string text)
    {
        comments = $"<w:comment w:id=\"0\" w:author=\"Reviewer\"><w:p>{Run(text)}</w:p></w:comment>";
        return this;
    }

    public DocxBuilder CoreTitle(string title)
    {
        coreTitle = title;
        return this;
    }

    /// <summary>Adds a PNG image part with relationship id rIdImage1 for drawings in the body to show.</summary>
    public DocxBuilder Image(byte[] png)
    {
        image = png;
        return this;
    }

    public static string Drawing(int id, string relationshipId = "rIdImage1") =>
        $"<w:r><w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"457200\"/><wp:docPr id=\"{id}\" name=\"Chart {id}\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>" +
        $"<pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"chart.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip r:embed=\"{relationshipId}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"914400\" cy=\"457200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styleXml = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" + string.Concat(styles);
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{styleXml}</w:styles>");
            if (numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{numbering}</w:numbering>");
            if (footnotes is not null)
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes($"<w:footnotes {Namespaces}>{footnotes}</w:footnotes>");
            if (comments is not null)
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments($"<w:comments {Namespaces}>{comments}</w:comments>");
            if (image is not null)
            {
                var part = main.AddImagePart(ImagePartType.Png, "rIdImage1");
                using var imageStream = new MemoryStream(image);
                part.FeedData(imageStream);
            }
            main.Document = new Document($"<w:document {Namespaces}><w:body>{string.Concat(body)}</w:body></w:document>");
            if (coreTitle is not null) document.PackageProperties.Title = coreTitle;

            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, "the test document is not valid WordprocessingML:\n" + string.Join('\n', errors));
        }
        return stream.ToArray();
    }

    /// <summary>A small valid PNG (16 by 8 blue pixels).</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAIAAAB/FOjAAAAAE0lEQVR4nGPQiFpAEmIY1UALDQDP+pEBhst/TQAAAABJRU5ErkJggg==");

    public static string FixturePath(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "Readers", name));
}
