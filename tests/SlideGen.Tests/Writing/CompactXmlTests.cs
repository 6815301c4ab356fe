using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

/// <summary>The writer's own XML serialiser must give exactly what XmlWriter gives, or leave the element to it.</summary>
public class CompactXmlTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private static string ByXmlWriter(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? ByCompactXml(XElement root)
    {
        using var stream = new MemoryStream();
        return CompactXml.TryWrite(stream, root) ? Encoding.UTF8.GetString(stream.ToArray()) : null;
    }

    [Fact]
    public void Every_part_of_a_deck_is_written_as_XmlWriter_writes_it()
    {
        var bytes = PptxWriter.WriteBytes(SampleDecks.Fitted(SampleDecks.Chinese()));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var checkedParts = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var root = XDocument.Load(stream).Root!;
            Assert.Equal(ByXmlWriter(root), ByCompactXml(root));
            checkedParts++;
        }
        Assert.True(checkedParts > 20, $"only {checkedParts} parts");
    }

    [Fact]
    public void Markup_characters_line_ends_and_tabs_are_escaped_as_XmlWriter_escapes_them()
    {
        var root = new XElement(P + "sld",
            new XAttribute(XNamespace.Xmlns + "p", P.NamespaceName), new XAttribute(XNamespace.Xmlns + "a", A.NamespaceName),
            new XElement(A + "t", "a < b & c > d \"quoted\" 'single'\nnext line\ttab 𠀀 汉字"),
            new XElement(A + "pic", new XAttribute("descr", "a < b & c > d \"quoted\" 'single'\nnext\ttab")),
            new XElement(A + "empty"),
            new XElement(A + "emptyText", ""),
            new XElement("plain", new XAttribute(XNamespace.Xml + "space", "preserve"), 42));
        Assert.Equal(ByXmlWriter(root), ByCompactXml(root));
    }

    [Fact]
    public void A_root_in_an_undeclared_namespace_becomes_the_default_namespace()
    {
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        var root = new XElement(types + "Types", new XElement(types + "Default", new XAttribute("Extension", "xml")));
        Assert.Equal(ByXmlWriter(root), ByCompactXml(root));
    }

    [Theory]
    [InlineData('\r')]
    [InlineData('\u0001')]
    [InlineData('\uD800')]
    [InlineData('\uFFFE')]
    public void Text_XmlWriter_would_change_or_refuse_is_left_to_it(int character)
    {
        // Code points, not strings: test data with a lone surrogate does not survive xunit's serialisation.
        var text = $"before {(char)character} after";
        var root = new XElement(A + "t", new XAttribute(XNamespace.Xmlns + "a", A.NamespaceName), text);
        Assert.Null(ByCompactXml(root));
        var attribute = new XElement(A + "pic", new XAttribute(XNamespace.Xmlns + "a", A.NamespaceName), new XAttribute("descr", text));
        Assert.Null(ByCompactXml(attribute));
    }

    [Fact]
    public void Nested_namespace_declarations_and_comments_are_left_to_XmlWriter()
    {
        XNamespace extension = "http://schemas.microsoft.com/office/powerpoint/2010/main";
        var nested = new XElement(P + "sld", new XAttribute(XNamespace.Xmlns + "p", P.NamespaceName),
            new XElement(extension + "ext", new XAttribute(XNamespace.Xmlns + "p14", extension.NamespaceName)));
        var commented = new XElement(P + "sld", new XAttribute(XNamespace.Xmlns + "p", P.NamespaceName), new XComment("note"));
        Assert.Null(ByCompactXml(nested));
        Assert.Null(ByCompactXml(commented));
        // PartXml still writes them, through XmlWriter.
        using var stream = new MemoryStream();
        PartXml.WriteTo(stream, nested);
        Assert.Equal(ByXmlWriter(nested), Encoding.UTF8.GetString(stream.ToArray()));
    }
}
