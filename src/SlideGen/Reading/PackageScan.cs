using System.IO.Compression;
using System.Text;
using SlideGen.Diagnostics;

namespace SlideGen.Reading;

/// <summary>
/// What a zip package (.docx, .pptx) may hold before the Open XML SDK is allowed to open it. The SDK inflates whole
/// parts into memory and trusts the sizes a zip declares, so a few kilobytes can ask for gigabytes; these limits are far
/// above any real document (a 1,000-page report with photos is tens of megabytes) and far below what hurts a laptop.
/// </summary>
public sealed record PackageLimits
{
    public static PackageLimits Default { get; } = new();

    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Inflated bytes of any one part (a large photo is a few megabytes; a long report's XML, tens).</summary>
    public long MaxPartBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Inflated bytes of all parts together.</summary>
    public long MaxTotalBytes { get; init; } = 300L * 1024 * 1024;

    /// <summary>Inflated-to-compressed ratio a part may have once it is past <see cref="RatioCheckedAbove"/>.</summary>
    public int MaxRatio { get; init; } = 200;

    /// <summary>Small parts may compress extremely well (a run of empty table cells) without costing anything.</summary>
    public long RatioCheckedAbove { get; init; } = 1024 * 1024;

    /// <summary>Characters the SDK may read from one XML part (its own guard, on top of the byte limits).</summary>
    public long MaxCharactersInPart { get; init; } = 100L * 1024 * 1024;
}

/// <summary>
/// Inflates every entry of a zip once, counting bytes as they come out rather than believing the headers, and refuses the
/// package as soon as a limit is passed; it also refuses XML parts that declare a DTD, which Office never writes and which
/// is how entity expansion and external entities get in.
/// </summary>
public static class PackageScan
{
    private static readonly byte[] DoctypeAscii = Encoding.ASCII.GetBytes("<!DOCTYPE");
    private static readonly byte[] DoctypeUtf16 = Encoding.Unicode.GetBytes("<!DOCTYPE");

    /// <summary>Bytes at the start of an XML part searched for a DTD: it must come before the root element.</summary>
    private const int PrologBytes = 64 * 1024;

    /// <summary>Throws a <see cref="SlideGenException"/> naming <paramref name="path"/> and the limit when the package passes one.</summary>
    public static void Check(byte[] package, string path, PackageLimits? limits = null, string kind = "Word file", int exitCode = ExitCodes.InputUnreadable)
    {
        limits ??= PackageLimits.Default;
        SlideGenException Refuse(string problem, Exception? inner = null) => new(new SourcePosition(path), problem, exitCode, inner);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
                throw Refuse($"the {kind} has {zip.Entries.Count:N0} parts, more than the {limits.MaxEntries:N0} SlideGen accepts (a zip bomb or not a document)");
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                long inflated = 0;
                var prolog = IsXml(entry.FullName) ? new MemoryStream() : null;
                try
                {
                    using var stream = entry.Open();
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        if (prolog is not null && prolog.Length < PrologBytes)
                            prolog.Write(buffer, 0, (int)Math.Min(read, PrologBytes - prolog.Length));
                        inflated += read;
                        total += read;
                        if (inflated > limits.MaxPartBytes)
                            throw Refuse($"the {kind}'s part {entry.FullName} inflates to more than {Megabytes(limits.MaxPartBytes)}, the most SlideGen accepts for one part (a zip bomb?)");
                        if (total > limits.MaxTotalBytes)
                            throw Refuse($"the {kind} inflates to more than {Megabytes(limits.MaxTotalBytes)} in all, the most SlideGen accepts (a zip bomb?)");
                        if (inflated > limits.RatioCheckedAbove && inflated > Math.Max(1, entry.CompressedLength) * limits.MaxRatio)
                            throw Refuse($"the {kind}'s part {entry.FullName} inflates more than {limits.MaxRatio} times its compressed size, which documents never do (a zip bomb?)");
                    }
                }
                catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
                {
                    throw Refuse($"the {kind} is damaged and cannot be read (part {entry.FullName}: {OneLine(e.Message)})", e);
                }
                if (prolog is not null && DeclaresDtd(prolog.GetBuffer().AsSpan(0, (int)prolog.Length)))
                    throw Refuse($"the {kind}'s part {entry.FullName} declares a DTD (<!DOCTYPE>), which Office never writes; refused so that no entity is expanded or fetched");
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw Refuse($"the {kind} is damaged and cannot be read (not a valid zip package: {OneLine(e.Message)})", e);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool DeclaresDtd(ReadOnlySpan<byte> prolog) =>
        prolog.IndexOf(DoctypeAscii) >= 0 || prolog.IndexOf(DoctypeUtf16) >= 0;

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
