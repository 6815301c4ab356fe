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

    public static XElement Srgb(string hex) => new(A + "srgbClr", new XAttribute("val", NormalizeColor(hex)));

    public static XElement SolidFill(string hex) => new(A + "solidFill", Srgb(hex));

    /// <summary>RRGGBB upper case; a malformed colour falls back to black rather than making the part invalid.</summary>
    public static string NormalizeColor(string hex)
    {
        var value = hex.Trim().TrimStart('#').ToUpperInvariant();
        return value.Length == 6 && value.All(Uri.IsHexDigit) ? value : "000000";
    }

    public static XElement Xfrm(Decks.Box box) =>
        new(A + "xfrm",
            new XElement(A + "off", new XAttribute("x", box.X), new XAttribute("y", box.Y)),
            new XElement(A + "ext", new XAttribute("cx", Math.Max(0, box.Width)), new XAttribute("cy", Math.Max(0, box.Height))));

    public static XElement RectGeometry() =>
        new(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst"));

    /// <summary>The group properties every shape tree starts with.</summary>
    public static IEnumerable<XElement> ShapeTreeStart() =>
    [
        new XElement(P + "nvGrpSpPr",
            new XElement(P + "cNvPr", new XAttribute("id", 1), new XAttribute("name", "")),
            new XElement(P + "cNvGrpSpPr"),
            new XElement(P + "nvPr")),
        new XElement(P + "grpSpPr",
            new XElement(A + "xfrm",
                new XElement(A + "off", new XAttribute("x", 0), new XAttribute("y", 0)),
                new XElement(A + "ext", new XAttribute("cx", 0), new XAttribute("cy", 0)),
                new XElement(A + "chOff", new XAttribute("x", 0), new XAttribute("y", 0)),
                new XElement(A + "chExt", new XAttribute("cx", 0), new XAttribute("cy", 0)))),
    ];

    public static XElement ColorMap() =>
        new(P + "clrMap",
            new XAttribute("bg1", "lt1"), new XAttribute("tx1", "dk1"), new XAttribute("bg2", "lt2"), new XAttribute("tx2", "dk2"),
            new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"),
            new XAttribute("accent4", "accent4"), new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"),
            new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink"));
}
