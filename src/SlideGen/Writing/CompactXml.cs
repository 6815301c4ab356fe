using System.Buffers;
using System.Text;
using System.Xml.Linq;

namespace SlideGen.Writing;

/// <summary>
/// Writes the XML the writer builds (namespaces declared on the root, elements, attributes and text only) with the
/// same bytes XmlWriter gives, in a fraction of its time: XmlWriter checks names and tracks namespace scopes for
/// every element, which cost more than building the slides. Anything else (a nested namespace declaration, a
/// comment, a character XML cannot carry) is left to XmlWriter, which knows what to do with it.
/// </summary>
internal static class CompactXml
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";

    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>Writes <paramref name="root"/> as a standalone document; false, with nothing written, when it is not plain enough.</summary>
    public static bool TryWrite(Stream stream, XElement root)
    {
        var text = cachedBuilder ?? new StringBuilder(16 * 1024);
        cachedBuilder = null;
        try
        {
            text.Clear();
            text.Append(Declaration);
            var prefixes = new Dictionary<XNamespace, string>();
            var defaultNamespace = XNamespace.None;
            var declaresDefault = false;
            foreach (var attribute in root.Attributes())
                if (attribute.IsNamespaceDeclaration)
                {
                    if (attribute.Name.Namespace == XNamespace.None)
                        (defaultNamespace, declaresDefault) = (XNamespace.Get(attribute.Value), true);
                    else
                        prefixes[XNamespace.Get(attribute.Value)] = attribute.Name.LocalName;
                }
            // A root in a namespace it does not declare takes it as the default namespace, as XmlWriter does.
            var undeclared = !declaresDefault && !prefixes.ContainsKey(root.Name.Namespace) && root.Name.Namespace != XNamespace.None;
            if (undeclared)
                defaultNamespace = root.Name.Namespace;
            if (!WriteElement(text, root, prefixes, defaultNamespace, undeclared))
                return false;
            WriteUtf8(stream, text);
            return true;
        }
        finally
        {
            if (text.Capacity <= 1024 * 1024)
                cachedBuilder = text;
        }
    }

    /// <param name="declareDefault">Whether to declare the default namespace, which the root uses without declaring it.</param>
    private static bool WriteElement(StringBuilder text, XElement element, Dictionary<XNamespace, string> prefixes, XNamespace defaultNamespace, bool declareDefault)
    {
        var isRoot = element.Parent is null;
        text.Append('<');
        if (!AppendName(text, element.Name, prefixes, defaultNamespace, isAttribute: false))
            return false;
        if (declareDefault)
            text.Append(" xmlns=\"").Append(defaultNamespace.NamespaceName).Append('"');
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration && !isRoot)
                return false;
            text.Append(' ');
            if (attribute.IsNamespaceDeclaration)
                text.Append(attribute.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + attribute.Name.LocalName);
            else if (!AppendName(text, attribute.Name, prefixes, defaultNamespace, isAttribute: true))
                return false;
            text.Append("=\"");
            if (!AppendEscaped(text, attribute.Value, inAttribute: true))
                return false;
            text.Append('"');
        }

        if (element.IsEmpty)
        {
            text.Append(" />");
            return true;
        }
        text.Append('>');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    if (!WriteElement(text, child, prefixes, defaultNamespace, declareDefault: false))
                        return false;
                    break;
                case XText plain when plain is not XCData:
                    if (!AppendEscaped(text, plain.Value, inAttribute: false))
                        return false;
                    break;
                default:
                    return false;
            }
        }
        text.Append("</");
        AppendName(text, element.Name, prefixes, defaultNamespace, isAttribute: false);
        text.Append('>');
        return true;
    }

    private static bool AppendName(StringBuilder text, XName name, Dictionary<XNamespace, string> prefixes, XNamespace defaultNamespace, bool isAttribute)
    {
        var space = name.Namespace;
        if (space == XNamespace.None)
        {
            // An element without a namespace under a default namespace would need xmlns="" declared.
            if (!isAttribute && defaultNamespace != XNamespace.None)
                return false;
        }
        else if (prefixes.TryGetValue(space, out var prefix))
        {
            text.Append(prefix).Append(':');
        }
        else if (space == XNamespace.Xml)
        {
            text.Append("xml:");
        }
        else if (isAttribute || space != defaultNamespace)
        {
            return false;
        }
        text.Append(name.LocalName);
        return true;
    }

    /// <summary>XmlWriter's escaping: markup characters always, line ends and tabs in attributes; false for what XML cannot carry.</summary>
    private static bool AppendEscaped(StringBuilder text, string value, bool inAttribute)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when inAttribute => "&quot;",
                '\n' when inAttribute => "&#xA;",
                '\t' when inAttribute => "&#x9;",
                _ => null,
            };
            if (escaped is null)
            {
                if (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
                    continue;
                if (c is '\n' or '\t')
                    continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                // Carriage returns are normalised by XmlWriter, and control characters or lone surrogates make it throw.
                return false;
            }
            text.Append(value, start, i - start).Append(escaped);
            start = i + 1;
        }
        text.Append(value, start, value.Length - start);
        return true;
    }

    private static void WriteUtf8(Stream stream, StringBuilder text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            // An encoder, not Encoding.GetBytes per chunk: a surrogate pair may straddle two chunks.
            var encoder = Encoding.UTF8.GetEncoder();
            var length = 0;
            foreach (var chunk in text.GetChunks())
                length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(length), flush: true);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
