using System.Buffers;
using System.Globalization;
using System.Text;

namespace SlideGen.Writing;

/// <summary>
/// A part's XML written as UTF-8 while it is built, with the bytes XmlWriter gives for the same elements (empty
/// elements as &lt;x /&gt;, its escaping, a standalone declaration). Slides and notes are most of a deck's XML;
/// building them as LINQ to XML trees first and serialising the trees took a third of a batch's time.
/// </summary>
internal sealed class XmlBuilder : IDisposable
{
    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;
    private readonly Stack<(string Prefix, string Name)> open = new();
    private bool startTagOpen;

    public XmlBuilder() => Append(Declaration);

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Starts an element named "prefix:name" ("p:sp"), or "name" with no prefix.</summary>
    public XmlBuilder Start(string qualifiedName) => Start("", qualifiedName);

    public XmlBuilder Start(string prefix, string name)
    {
        CloseStartTag();
        Append((byte)'<');
        Append(prefix);
        Append(name);
        open.Push((prefix, name));
        startTagOpen = true;
        return this;
    }

    /// <summary>Ends the innermost open element: &lt;x /&gt; when it has no content, as XmlWriter writes it.</summary>
    public XmlBuilder End()
    {
        var (prefix, name) = open.Pop();
        if (startTagOpen)
        {
            Append(" />"u8);
            startTagOpen = false;
            return this;
        }
        Append("</"u8);
        Append(prefix);
        Append(name);
        Append((byte)'>');
        return this;
    }

    /// <summary>An element with no attributes and no content.</summary>
    public XmlBuilder Empty(string qualifiedName) => Start(qualifiedName).End();

    public XmlBuilder Attribute(string name, string value) =>
        TryAttribute("", name, value) ? this : throw new ArgumentException($"'{value}' has a character XML cannot carry", nameof(value));

    public XmlBuilder Attribute(string name, long value)
    {
        AttributeStart("", name);
        Span<byte> digits = stackalloc byte[24];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        Append(digits[..written]);
        Append((byte)'"');
        return this;
    }

    public bool TryAttribute(string prefix, string name, string value)
    {
        AttributeStart(prefix, name);
        if (!TryAppendEscaped(value, inAttribute: true))
            return false;
        Append((byte)'"');
        return true;
    }

    private void AttributeStart(string prefix, string name)
    {
        Append((byte)' ');
        Append(prefix);
        Append(name);
        Append("=\""u8);
    }

    public XmlBuilder Text(string value) =>
        TryText(value) ? this : throw new ArgumentException($"'{value}' has a character XML cannot carry", nameof(value));

    public XmlBuilder Text(long value) => Text(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Text content; an empty string still ends the start tag, so that the element is written &lt;x&gt;&lt;/x&gt;.</summary>
    public bool TryText(string value)
    {
        CloseStartTag();
        return TryAppendEscaped(value, inAttribute: false);
    }

    private void CloseStartTag()
    {
        if (!startTagOpen)
            return;
        Append((byte)'>');
        startTagOpen = false;
    }

    /// <summary>XmlWriter's escaping: markup characters always, line ends and tabs in attributes; false for what XML cannot carry.</summary>
    private bool TryAppendEscaped(string value, bool inAttribute)
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
                // Carriage returns XmlWriter would normalise, and control characters or lone surrogates it refuses.
                return false;
            }
            Append(value.AsSpan(start, i - start));
            Append(escaped);
            start = i + 1;
        }
        Append(value.AsSpan(start));
        return true;
    }

    private void Append(byte value)
    {
        Reserve(1);
        buffer[length++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>Whole runs of text at a time, cut only at ASCII markup characters, so no surrogate pair is ever split.</summary>
    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        // Names and numbers are short and ASCII; copying them beats a call into the encoder.
        if (text.Length <= 32)
        {
            var start = length;
            foreach (var c in text)
            {
                if (c >= 0x80)
                {
                    length = start;
                    length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
                    return;
                }
                buffer[length++] = (byte)c;
            }
            return;
        }
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

    public byte[] ToArray()
    {
        if (open.Count > 0)
            throw new InvalidOperationException($"<{open.Peek().Prefix}{open.Peek().Name}> was never ended");
        return Written.ToArray();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
