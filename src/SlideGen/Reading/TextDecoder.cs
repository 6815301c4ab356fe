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
        encodingName = "gb18030";
        return Encoding.GetEncoding("GB18030").GetString(bytes);
    }

    /// <summary>True when the bytes look like text rather than a binary file (used to refuse, e.g., a .pptx passed as input).</summary>
    public static bool LooksBinary(string decoded)
    {
        if (decoded.Length == 0) return false;
        var controls = decoded.Take(4096).Count(c => c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        return controls > Math.Min(decoded.Length, 4096) / 50 + 1;
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
