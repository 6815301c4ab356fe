using System.Text;
using SlideGen.Diagnostics;

namespace SlideGen.Reading;

/// <summary>
/// Decodes text files whose encoding nobody states: BOMs first, then UTF-16 without BOM where NULs give it away,
/// strict UTF-8, Chinese UTF-16 without BOM, strict GB18030 (a superset of GBK and GB2312); what none of them
/// decodes is refused as binary data or with a hint to name the encoding.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding StrictGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Decodes, falling back to a lenient GB18030 reading; for sniffing a format, never for the text that is read.</summary>
    public static string Decode(byte[] bytes, out string encodingName) =>
        TryDecode(bytes, out encodingName) ?? Encoding.GetEncoding("GB18030").GetString(bytes);

    /// <summary>
    /// Decodes the text of <paramref name="path"/>, in <paramref name="encoding"/> when the user named one; throws a
    /// <see cref="SlideGenException"/> for binary data and for text in an encoding that cannot be told.
    /// </summary>
    public static string DecodeText(byte[] bytes, string path, string? encoding = null)
    {
        string? text;
        if (encoding is not null)
        {
            text = DecodeAs(bytes, path, encoding);
        }
        else
        {
            text = TryDecode(bytes, out _);
            if (text is null)
                throw new SlideGenException(new SourcePosition(path), HasBinaryBytes(bytes)
                    ? "looks like binary data, not text; SlideGen reads .txt, .md and .docx"
                    : "the text is not UTF-8, UTF-16 or GB18030; name its encoding with --encoding (for example big5, shift_jis, windows-1252)", ExitCodes.InputUnreadable);
        }
        if (LooksBinary(text))
            throw new SlideGenException(new SourcePosition(path), "looks like binary data, not text; SlideGen reads .txt, .md and .docx", ExitCodes.InputUnreadable);
        return text;
    }

    /// <summary>The encoding <paramref name="name"/> names (utf-8, utf-16, gb18030, big5, …) with strict decoding.</summary>
    public static Encoding Named(string name)
    {
        try
        {
            var canonical = name.ToLowerInvariant() switch
            {
                "utf8" => "utf-8",
                "utf16" or "utf-16le" or "utf16le" => "utf-16",
                "utf16be" => "utf-16BE",
                "gbk" or "gb2312" => "GB18030",
                _ => name,
            };
            return Encoding.GetEncoding(canonical, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new SlideGenException(new SourcePosition("--encoding"), $"unknown encoding '{name}' (for example utf-8, utf-16, utf-16be, gb18030, big5, shift_jis, windows-1252)", ExitCodes.Usage);
        }
    }

    private static string DecodeAs(byte[] bytes, string path, string name)
    {
        var encoding = Named(name);
        var preamble = encoding.GetPreamble();
        var start = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" (at byte {start + e.Index:N0})" : "";
            throw new SlideGenException(new SourcePosition(path), $"the file is not valid {encoding.WebName}{at}; check --encoding", ExitCodes.InputUnreadable, e);
        }
    }

    /// <summary>Null when no encoding SlideGen tries decodes the bytes.</summary>
    private static string? TryDecode(byte[] bytes, out string encodingName)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encodingName = "utf-8-bom";
            return StrictDecode(StrictUtf8, bytes, 3) ?? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encodingName = "utf-16le";
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encodingName = "utf-16be";
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            encodingName = utf16.WebName;
            return utf16.GetString(bytes);
        }
        var text = StrictDecode(StrictUtf8, bytes, 0);
        if (text is not null)
        {
            encodingName = "utf-8";
            return text;
        }
        // Chinese UTF-16 without a BOM has no NULs to give it away, and is often valid GB18030 too, so the readings
        // compete on how much of each looks like text.
        var gb18030 = StrictDecode(StrictGb18030, bytes, 0);
        if (bytes.Length % 2 == 0)
        {
            foreach (var candidate in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
            {
                var decoded = candidate.GetString(bytes);
                if (TextLikeness(decoded) >= 0.95 && (gb18030 is null || TextLikeness(decoded) > TextLikeness(gb18030)))
                {
                    encodingName = candidate.WebName;
                    return decoded;
                }
            }
        }
        encodingName = "gb18030";
        return gb18030;
    }

    /// <summary>
    /// True when decoded text holds what text files never do: a NUL, or control characters in numbers no stray
    /// keystroke or copy-paste leaves (a few are tolerated, and removed before writing).
    /// </summary>
    public static bool LooksBinary(string decoded)
    {
        if (decoded.Length == 0) return false;
        var sample = decoded.AsSpan(0, Math.Min(decoded.Length, 65536));
        if (sample.Contains('\0')) return true;
        var controls = 0;
        foreach (var c in sample)
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) controls++;
        return controls > 8 && controls > sample.Length / 100;
    }

    private static bool HasBinaryBytes(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 65536));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or (byte)'\v' or 0x1B)) controls++;
        }
        return controls > sample.Length / 200;
    }

    /// <summary>Share of characters that ordinary Chinese or English text is made of.</summary>
    private static double TextLikeness(string text)
    {
        if (text.Length == 0) return 0;
        var sample = text.Length > 8192 ? text[..8192] : text;
        var ordinary = sample.Count(c => c is >= ' ' and <= '~' or '\n' or '\r' or '\t' or >= '\u4E00' and <= '\u9FFF'
            or >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2026' or '\u2014');
        return (double)ordinary / sample.Length;
    }

    private static string? StrictDecode(Encoding encoding, byte[] bytes, int offset)
    {
        try { return encoding.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException) { return null; }
    }

    private static Encoding? GuessUtf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0, pairs = Math.Min(bytes.Length / 2, 2048);
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        // ASCII-heavy UTF-16 has a NUL in every other byte; CJK-heavy UTF-16 has none, but is then invalid UTF-8 and
        // rarely valid GB18030 either, so that case is left to the fallbacks.
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }
}
