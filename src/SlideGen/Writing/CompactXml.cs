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
    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8;

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
        var writer = new Writer(prefixes);
        try
        {
            // A root in a namespace it does not declare takes it as the default namespace, as XmlWriter does.
            var undeclared = !declaresDefault && root.Name.Namespace != XNamespace.None && writer.PrefixOf(root.Name.Namespace) is null;
            writer.DefaultNamespace = undeclared ? root.Name.Namespace : defaultNamespace;
            writer.Append(Declaration);
            if (!writer.Element(root, declareDefault: undeclared))
                return false;
            stream.Write(writer.Written);
            return true;
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>UTF-8 straight into a pooled buffer, which grows by doubling.</summary>
    private sealed class Writer(List<(XNamespace Namespace, string Prefix)> prefixes) : IDisposable
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int length;

        public XNamespace DefaultNamespace { get; set; } = XNamespace.None;

        public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

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
            Append((byte)'<');
            if (!Name(element.Name, isAttribute: false))
                return false;
            if (declareDefault)
            {
                Append(" xmlns=\""u8);
                Append(DefaultNamespace.NamespaceName);
                Append((byte)'"');
            }
            for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
            {
                Append((byte)' ');
                if (attribute.IsNamespaceDeclaration)
                {
                    if (!isRoot)
                        return false;
                    if (attribute.Name.Namespace == XNamespace.None)
                    {
                        Append("xmlns"u8);
                    }
                    else
                    {
                        Append("xmlns:"u8);
                        Append(attribute.Name.LocalName);
                    }
                }
                else if (!Name(attribute.Name, isAttribute: true))
                {
                    return false;
                }
                Append("=\""u8);
                if (!Escaped(attribute.Value, inAttribute: true))
                    return false;
                Append((byte)'"');
            }

            if (element.IsEmpty)
            {
                Append(" />"u8);
                return true;
            }
            Append((byte)'>');
            for (var node = element.FirstNode; node is not null; node = node.NextNode)
            {
                switch (node)
                {
                    case XElement child:
                        if (!Element(child, declareDefault: false))
                            return false;
                        break;
                    case XText plain when plain is not XCData:
                        if (!Escaped(plain.Value, inAttribute: false))
                            return false;
                        break;
                    default:
                        return false;
                }
            }
            Append("</"u8);
            Name(element.Name, isAttribute: false);
            Append((byte)'>');
            return true;
        }

        private bool Name(XName name, bool isAttribute)
        {
            var space = name.Namespace;
            if (space == XNamespace.None)
            {
                // An element without a namespace under a default namespace would need xmlns="" declared.
                if (!isAttribute && DefaultNamespace != XNamespace.None)
                    return false;
            }
            else if (PrefixOf(space) is { } prefix)
            {
                Append(prefix);
            }
            else if (space == XNamespace.Xml)
            {
                Append("xml:"u8);
            }
            else if (isAttribute || space != DefaultNamespace)
            {
                return false;
            }
            Append(name.LocalName);
            return true;
        }

        /// <summary>XmlWriter's escaping: markup characters always, line ends and tabs in attributes; false for what XML cannot carry.</summary>
        private bool Escaped(string value, bool inAttribute)
        {
            var start = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c > '>' && c < '\uD800')
                    continue;
                ReadOnlySpan<byte> escaped = c switch
                {
                    '&' => "&amp;"u8,
                    '<' => "&lt;"u8,
                    '>' => "&gt;"u8,
                    '"' when inAttribute => "&quot;"u8,
                    '\n' when inAttribute => "&#xA;"u8,
                    '\t' when inAttribute => "&#x9;"u8,
                    _ => default,
                };
                if (escaped.IsEmpty)
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
                Append(value.AsSpan(start, i - start));
                Append(escaped);
                start = i + 1;
            }
            Append(value.AsSpan(start));
            return true;
        }

        public void Append(byte value)
        {
            Reserve(1);
            buffer[length++] = value;
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(length));
            length += bytes.Length;
        }

        /// <summary>Whole runs of text at a time, cut only at ASCII markup characters, so no surrogate pair is ever split.</summary>
        public void Append(ReadOnlySpan<char> text)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
            length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
        }

        private void Reserve(int count)
        {
            if (length + count <= buffer.Length)
                return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + count));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
