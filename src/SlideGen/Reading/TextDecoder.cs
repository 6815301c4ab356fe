using System.Text;

namespace SlideGen.Reading;

/// <summary>
/// Decodes text files whose encoding nobody states: BOMs first, then strict UTF-8,
/// then UTF-16 without BOM (many NULs), then GB18030 (a superset of GBK and GB2312).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, out string encodingName)
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
        // Chinese UTF-16 without a BOM has no NULs to give it away; GB18030 decodes anything, so the readings compete on
        // how much of each looks like text.
        var gb18030 = Encoding.GetEncoding("GB18030").GetString(bytes);
        if (bytes.Length % 2 == 0)
        {
            foreach (var candidate in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
            {
                var decoded = candidate.GetString(bytes);
                if (TextLikeness(decoded) >= 0.95 && TextLikeness(decoded) > TextLikeness(gb18030))
                {
                    encodingName = candidate.WebName;
                    return decoded;
                }
            }
        }
        encodingName = "gb18030";
        return gb18030;
    }

    /// <summary>True when the bytes look like text rather than a binary file (used to refuse, e.g., a .pptx passed as input).</summary>
    public static bool LooksBinary(string decoded)
    {
        if (decoded.Length == 0) return false;
        var controls = decoded.Take(4096).Count(c => c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        return controls > Math.Min(decoded.Length, 4096) / 50 + 1;
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
