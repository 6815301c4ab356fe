using System.Text;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>Tells an outline file (Markdown or JSON that says "slidegen: outline 1") from a document, and reads it.</summary>
public static class OutlineFiles
{
    /// <summary>The outline file in <paramref name="bytes"/>, or null when they hold a document to detect structure in.</summary>
    public static OutlineFile? TryRead(byte[] bytes, string path, InputFormat? from = null)
    {
        if (from is InputFormat.Text or InputFormat.Docx || bytes.Length == 0 || bytes[0] == 'P' && bytes.Length > 1 && bytes[1] == 'K') return null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (OutlineMarkdownReader.IsOutline(text)) return OutlineMarkdownReader.Read(text, path);
        var json = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (json || OutlineFileJson.IsOutline(text)) return OutlineFileJson.Read(text, path);
        return null;
    }

    public static string Write(Outline outline, OutlineFormat format, OutlineOptions? options = null) => format switch
    {
        OutlineFormat.Json => OutlineFileJson.Write(outline, options),
        _ => OutlineMarkdown.Write(outline, options),
    };
}
