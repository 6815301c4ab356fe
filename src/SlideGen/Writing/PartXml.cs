using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace SlideGen.Writing;

/// <summary>The three namespaces of PresentationML and the one way parts are serialised.</summary>
internal static class PartXml
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Declares the usual prefixes on <paramref name="root"/> and writes it as the part's content.</summary>
    public static void Write(IPackagePart part, XElement root)
    {
        DeclarePrefixes(root);
        part.Write(root);
    }

    /// <inheritdoc cref="Write(IPackagePart, XElement)"/>
    public static void Write(OpenXmlPart part, XElement root)
    {
        DeclarePrefixes(root);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        WriteTo(stream, root);
    }

    private static void DeclarePrefixes(XElement root)
    {
        root.SetAttributeValue(XNamespace.Xmlns + "a", A.NamespaceName);
        root.SetAttributeValue(XNamespace.Xmlns + "r", R.NamespaceName);
        if (root.Name.Namespace == P)
            root.SetAttributeValue(XNamespace.Xmlns + "p", P.NamespaceName);
    }

    public static void WriteTo(Stream stream, XElement root)
    {
        if (CompactXml.TryWrite(stream, root))
            return;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var writer = XmlWriter.Create(stream, settings);
        // The same bytes as saving an XDocument with a standalone declaration, without building the document around the root.
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
    }

    /// <summary>Text that XML can carry: control characters and lone surrogates removed, tabs as spaces.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                continue;
            if (c is '\t')
                builder.Append(' ');
            else if (c >= ' ' || c == '\n')
                builder.Append(c);
        }
        return builder.ToString();
    }

    public static XmlBuilder Srgb(XmlBuilder xml, string hex, int alphaPercent = 100)
    {
        xml.Start("a:srgbClr").Attribute("val", NormalizeColor(hex));
        if (alphaPercent < 100)
            xml.Start("a:alpha").Attribute("val", alphaPercent * 1000).End();
        return xml.End();
    }

    public static XmlBuilder SolidFill(XmlBuilder xml, string hex, int alphaPercent = 100) =>
        Srgb(xml.Start("a:solidFill"), hex, alphaPercent).End();

    public static XmlBuilder Xfrm(XmlBuilder xml, Decks.Box box) =>
        xml.Start("a:xfrm")
            .Start("a:off").Attribute("x", box.X).Attribute("y", box.Y).End()
            .Start("a:ext").Attribute("cx", Math.Max(0, box.Width)).Attribute("cy", Math.Max(0, box.Height)).End()
            .End();

    public static XmlBuilder RectGeometry(XmlBuilder xml) =>
        xml.Start("a:prstGeom").Attribute("prst", "rect").Empty("a:avLst").End();

    /// <summary>The group properties every shape tree starts with.</summary>
    public static XmlBuilder ShapeTreeStart(XmlBuilder xml) =>
        xml.Start("p:nvGrpSpPr")
                .Start("p:cNvPr").Attribute("id", 1).Attribute("name", "").End()
                .Empty("p:cNvGrpSpPr")
                .Empty("p:nvPr")
            .End()
            .Start("p:grpSpPr").Start("a:xfrm")
                .Start("a:off").Attribute("x", 0).Attribute("y", 0).End()
                .Start("a:ext").Attribute("cx", 0).Attribute("cy", 0).End()
                .Start("a:chOff").Attribute("x", 0).Attribute("y", 0).End()
                .Start("a:chExt").Attribute("cx", 0).Attribute("cy", 0).End()
            .End().End();

    /// <summary>The root of a slide-like part, with the prefixes the parts use declared as <see cref="Write(IPackagePart, XElement)"/> declares them.</summary>
    public static XmlBuilder StartPart(XmlBuilder xml, string rootName, params (string Name, string Value)[] attributes)
    {
        xml.Start(rootName);
        foreach (var (name, value) in attributes)
            xml.Attribute(name, value);
        return xml.Attribute("xmlns:a", A.NamespaceName)
            .Attribute("xmlns:r", R.NamespaceName)
            .Attribute("xmlns:p", P.NamespaceName);
    }

    public static XmlBuilder ColorMap(XmlBuilder xml) =>
        xml.Start("p:clrMap")
            .Attribute("bg1", "lt1").Attribute("tx1", "dk1").Attribute("bg2", "lt2").Attribute("tx2", "dk2")
            .Attribute("accent1", "accent1").Attribute("accent2", "accent2").Attribute("accent3", "accent3")
            .Attribute("accent4", "accent4").Attribute("accent5", "accent5").Attribute("accent6", "accent6")
            .Attribute("hlink", "hlink").Attribute("folHlink", "folHlink")
            .End();

    public static XElement Srgb(string hex) => new(A + "srgbClr", new XAttribute("val", NormalizeColor(hex)));

    /// <summary>RRGGBB upper case; a malformed colour falls back to black rather than making the part invalid.</summary>
    public static string NormalizeColor(string hex)
    {
        // Every run states its colour; a template's colours are nearly always given this way already.
        if (hex.Length == 6 && hex.AsSpan().IndexOfAnyExcept(UpperHexDigits) < 0)
            return hex;
        var value = hex.Trim().TrimStart('#').ToUpperInvariant();
        return value.Length == 6 && value.All(Uri.IsHexDigit) ? value : "000000";
    }

    private static readonly System.Buffers.SearchValues<char> UpperHexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEF");
}
