using System.Globalization;
using System.Xml.Linq;
using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>docProps/core.xml and docProps/app.xml; dates come from the deck, never from the clock.</summary>
internal static class DocumentProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    public static void WriteCore(IPackagePart part, Deck deck)
    {
        var date = deck.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XElement(Dc + "title", PartXml.Clean(deck.Title)));
        if (!string.IsNullOrWhiteSpace(deck.Author))
            root.Add(new XElement(Dc + "creator", PartXml.Clean(deck.Author)), new XElement(Cp + "lastModifiedBy", PartXml.Clean(deck.Author)));
        root.Add(
            new XElement(Dc + "language", deck.Language),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date));
        part.Write(root);
    }

    public static void WriteExtended(IPackagePart part, Deck deck)
    {
        var root = new XElement(Extended + "Properties",
            new XElement(Extended + "Application", "SlideGen"),
            new XElement(Extended + "Slides", deck.Slides.Count),
            new XElement(Extended + "Notes", deck.Slides.Count(s => !string.IsNullOrWhiteSpace(s.Notes))));
        part.Write(root);
    }
}
