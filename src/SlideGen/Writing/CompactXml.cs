using System.Xml.Linq;

namespace SlideGen.Writing;

/// <summary>
/// Writes LINQ to XML trees the writer builds (namespaces declared on the root, elements, attributes and text only)
/// through <see cref="XmlBuilder"/>, with the same bytes XmlWriter gives, in a fraction of its time: XmlWriter checks
/// names and tracks namespace scopes for every element. Anything else (a nested namespace declaration, a comment, a
/// character XML cannot carry) is left to XmlWriter, which knows what to do with it.
/// </summary>
internal static class CompactXml
{
    /// <summary>Writes <paramref name="root"/> as a standalone document; false, with nothing written, when it is not plain enough.</summary>
    public static bool TryWrite(Stream stream, XElement root)
    {
        var prefixes = new List<(XNamespace Namespace, string Prefix)>();
        var defaultNamespace = XNamespace.None;
        var declaresDefault = false;
        for (var attribute = root.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
            if (attribute.IsNamespaceDeclaration)
            {
                if (attribute.Name.Namespace == XNamespace.None)
                    (defaultNamespace, declaresDefault) = (XNamespace.Get(attribute.Value), true);
                else
                    prefixes.Add((XNamespace.Get(attribute.Value), attribute.Name.LocalName + ":"));
            }
        using var xml = new XmlBuilder();
        var walker = new Walker(xml, prefixes);
        // A root in a namespace it does not declare takes it as the default namespace, as XmlWriter does.
        var undeclared = !declaresDefault && root.Name.Namespace != XNamespace.None && walker.PrefixOf(root.Name.Namespace) is null;
        walker.DefaultNamespace = undeclared ? root.Name.Namespace : defaultNamespace;
        if (!walker.Element(root, declareDefault: undeclared))
            return false;
        stream.Write(xml.Written);
        return true;
    }

    private sealed class Walker(XmlBuilder xml, List<(XNamespace Namespace, string Prefix)> prefixes)
    {
        public XNamespace DefaultNamespace { get; set; } = XNamespace.None;

        public string? PrefixOf(XNamespace space)
        {
            // A handful of namespaces: a list beats hashing.
            foreach (var (known, prefix) in prefixes)
                if ((object)known == space)
                    return prefix;
            return null;
        }

        /// <param name="declareDefault">Whether to declare the default namespace, which the root uses without declaring it.</param>
        public bool Element(XElement element, bool declareDefault)
        {
            var isRoot = element.Parent is null;
            if (Prefix(element.Name, isAttribute: false) is not { } prefix)
                return false;
            xml.Start(prefix, element.Name.LocalName);
            if (declareDefault)
                xml.TryAttribute("", "xmlns", DefaultNamespace.NamespaceName);
            for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
            {
                bool written;
                if (attribute.IsNamespaceDeclaration)
                {
                    if (!isRoot)
                        return false;
                    written = attribute.Name.Namespace == XNamespace.None
                        ? xml.TryAttribute("", "xmlns", attribute.Value)
                        : xml.TryAttribute("xmlns:", attribute.Name.LocalName, attribute.Value);
                }
                else
                {
                    written = Prefix(attribute.Name, isAttribute: true) is { } attributePrefix
                        && xml.TryAttribute(attributePrefix, attribute.Name.LocalName, attribute.Value);
                }
                if (!written)
                    return false;
            }

            if (!element.IsEmpty)
            {
                // Not empty, even without nodes: an element with empty text is written <x></x>.
                if (!xml.TryText(""))
                    return false;
                for (var node = element.FirstNode; node is not null; node = node.NextNode)
                {
                    var written = node switch
                    {
                        XElement child => Element(child, declareDefault: false),
                        XText plain when plain is not XCData => xml.TryText(plain.Value),
                        _ => false,
                    };
                    if (!written)
                        return false;
                }
            }
            xml.End();
            return true;
        }

        /// <summary>The prefix a name is written with ("a:", "xml:" or none); null when XmlWriter would have to declare one.</summary>
        private string? Prefix(XName name, bool isAttribute)
        {
            var space = name.Namespace;
            if (space == XNamespace.None)
                // An element without a namespace under a default namespace would need xmlns="" declared.
                return !isAttribute && DefaultNamespace != XNamespace.None ? null : "";
            if (PrefixOf(space) is { } prefix)
                return prefix;
            if (space == XNamespace.Xml)
                return "xml:";
            return isAttribute || space != DefaultNamespace ? null : "";
        }
    }
}
