using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SlideGen.Tests.Robustness;

/// <summary>Builds hostile zip packages byte by byte: the kind a Word file can be made into by someone who means harm.</summary>
internal static class ZipFiles
{
    /// <summary>A .docx whose word/document.xml is <paramref name="documentXml"/>, with the given extra entries.</summary>
    public static byte[] Docx(string documentXml, string? documentRels = null, params (string Name, byte[] Bytes)[] extra)
    {
        var entries = PackageParts();
        entries.Add(("word/document.xml", Encoding.UTF8.GetBytes(documentXml)));
        if (documentRels is not null) entries.Add(("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(documentRels)));
        entries.AddRange(extra);
        return Zip(entries);
    }

    /// <summary>The content types and package relationships every .docx has, pointing at word/document.xml.</summary>
    public static List<(string Name, byte[] Bytes)> PackageParts() =>
        [
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
        ];

    public static string DocumentXml(string prolog, params string[] paragraphs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + prolog +
        $"<w:document {Reading.DocxBuilder.Namespaces}><w:body>" +
        string.Concat(paragraphs.Select(p => p.StartsWith('<') ? p : $"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")) +
        "</w:body></w:document>";

    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        return buffer.ToArray();
    }

    /// <summary>
    /// A zip whose last entry is <paramref name="prefix"/>, <paramref name="count"/> copies of <paramref name="fill"/>, then
    /// <paramref name="suffix"/>, written without holding it in memory.
    /// </summary>
    public static byte[] Repeated(string name, byte fill, long count, string prefix = "", string suffix = "", IEnumerable<(string Name, byte[] Bytes)>? before = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, bytes) in before ?? [])
            {
                using var s = zip.CreateEntry(entryName).Open();
                s.Write(bytes);
            }
            using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            stream.Write(Encoding.UTF8.GetBytes(prefix));
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, fill);
            for (var left = count; left > 0; left -= chunk.Length)
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            stream.Write(Encoding.UTF8.GetBytes(suffix));
        }
        return buffer.ToArray();
    }

    /// <summary>Rewrites every declared uncompressed size (local and central headers) to <paramref name="declared"/>: headers lie.</summary>
    public static byte[] WithDeclaredSizes(byte[] zip, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            else if (signature == 0x02014b50 && i + 46 <= bytes.Length) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
        }
        return bytes;
    }
}
