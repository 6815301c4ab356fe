using System.IO.Compression;

namespace SlideGen.Writing;

/// <summary>
/// Re-packs an OPC package so that the same parts always give the same bytes: the packaging library stamps
/// entries with the current time and orders them by creation, neither of which may reach the output.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can carry; nothing in a deck depends on it.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Unix mode rw-r--r-- on a regular file, so that unzip gives readable files on any machine.</summary>
    private const int RegularFileMode = unchecked((int)(0x81A4u << 16));

    public static byte[] Repack(Stream package)
    {
        package.Position = 0;
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var from = entry.Open();
                AddEntry(output, entry.FullName, to => from.CopyTo(to));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>An entry with the fixed time and mode, compressed as its kind of content is best compressed.</summary>
    public static void AddEntry(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, LevelFor(name));
        entry.LastWriteTime = EntryTime;
        entry.ExternalAttributes = RegularFileMode;
        using var stream = entry.Open();
        write(stream);
    }

    /// <summary>
    /// Pictures are already compressed, so deflating them again costs time and saves nothing; XML parts take the fast
    /// level, which writes a deck in a fraction of the time of the smallest level for a few percent more bytes.
    /// </summary>
    private static CompressionLevel LevelFor(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".png" or ".jpeg" or ".jpg" ? CompressionLevel.NoCompression : CompressionLevel.Fastest;

    /// <summary>Content types first, as readers that stream the zip expect, then the package relationships.</summary>
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
