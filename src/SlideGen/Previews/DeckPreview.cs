using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Diagnostics;
using SlideGen.Snapshots;
using SlideGen.Writing;

namespace SlideGen.Previews;

public sealed class PreviewOptions
{
    public SlideSelection Slides { get; init; } = SlideSelection.All;
    /// <summary>Columns of the sheet; four, or fewer when there are fewer slides.</summary>
    public int? Columns { get; init; }
    /// <summary>Width in pixels of each slide, on the sheet and in <see cref="EachDirectory"/>.</summary>
    public int Width { get; init; } = DefaultWidth;
    /// <summary>A folder for one picture per slide (slide-01.png …); null for none.</summary>
    public string? EachDirectory { get; init; }
    /// <summary>LibreOffice's program (or its folder); else SLIDEGEN_SOFFICE, else PATH.</summary>
    public string? Soffice { get; init; }
    public TimeSpan? Timeout { get; init; }

    public const int DefaultWidth = 400;
    public const int MinWidth = 16;
    public const int MaxWidth = 4000;
}

/// <param name="SheetPath">The contact sheet written, or null when none was asked for.</param>
/// <param name="Slides">The slide numbers shown.</param>
/// <param name="SlideFiles">The per-slide pictures written.</param>
public sealed record PreviewResult(string? SheetPath, IReadOnlyList<int> Slides, IReadOnlyList<string> SlideFiles, int SheetWidth, int SheetHeight);

/// <summary>Pictures of a deck without PowerPoint: a contact sheet of its slides, and one picture per slide.</summary>
public static class DeckPreview
{
    /// <summary>The sheet a deck gets when no name is given: deck.png beside deck.pptx.</summary>
    public static string SheetPathFor(string deckPath) => Path.ChangeExtension(deckPath, ".png");

    /// <summary>Writes the contact sheet of every slide beside the deck (see <see cref="SheetPathFor"/>).</summary>
    public static PreviewResult WriteBeside(string deckPath) => Write(deckPath, SheetPathFor(deckPath), new PreviewOptions());

    /// <summary>
    /// Renders the chosen slides and writes the sheet to <paramref name="sheetPath"/> (when not null) and the
    /// per-slide pictures to <see cref="PreviewOptions.EachDirectory"/>; each file appears whole or not at all.
    /// </summary>
    public static PreviewResult Write(string deckPath, string? sheetPath, PreviewOptions options)
    {
        if (options.Width is < PreviewOptions.MinWidth or > PreviewOptions.MaxWidth)
            throw new ArgumentOutOfRangeException(nameof(options), $"width must be {PreviewOptions.MinWidth} to {PreviewOptions.MaxWidth} pixels");
        if (options.Columns is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "columns must be at least 1");

        // The cheap checks come first: a wrong deck or output folder is reported before LibreOffice spends seconds.
        var snapshot = DeckSnapshot.Read(deckPath);
        var slideCount = snapshot.Slides.Count;
        if (slideCount == 0)
            throw new SlideGenException(new SourcePosition(deckPath), "the deck has no slides to preview", ExitCodes.InputUnreadable);
        var slides = options.Slides.Resolve(slideCount);
        if (slides.Count == 0 || slides[^1] > slideCount)
            throw new SlideGenException(new SourcePosition(deckPath), $"the deck has {slideCount} slide{(slideCount == 1 ? "" : "s")}; --slides asks for slide {(slides.Count == 0 ? 0 : slides[^1])}", ExitCodes.Usage);
        RequireSensibleSize(deckPath, snapshot, slides.Count, options);
        if (sheetPath is not null)
            RequireFolder(sheetPath);
        var each = options.EachDirectory is null ? null : PrepareEachDirectory(options.EachDirectory);
        var tools = RenderTools.Find(options.Soffice);

        var rendered = DeckRenderer.Render(deckPath, slides, options.Width, tools, options.Timeout);
        try
        {
            var files = new List<string>();
            if (each is not null)
            {
                var digits = Math.Max(2, slideCount.ToString(CultureInfo.InvariantCulture).Length);
                foreach (var slide in rendered)
                {
                    var file = Path.Combine(each, $"slide-{slide.Number.ToString("D" + digits, CultureInfo.InvariantCulture)}.png");
                    SafeFile.WriteAllBytes(file, Png(slide.Picture), deckPath);
                    files.Add(file);
                }
            }
            int width = 0, height = 0;
            if (sheetPath is not null)
            {
                using var sheet = ContactSheet.Compose(rendered, options.Columns);
                (width, height) = (sheet.Width, sheet.Height);
                SafeFile.WriteAllBytes(sheetPath, Png(sheet), deckPath);
            }
            return new PreviewResult(sheetPath, slides, files, width, height);
        }
        finally
        {
            foreach (var slide in rendered) slide.Dispose();
        }
    }

    /// <summary>Every slide picture is held in memory while the sheet is made; a sheet past this is refused before drawing.</summary>
    public const long MaxPixels = 150_000_000;

    private static void RequireSensibleSize(string deckPath, DeckSnapshot snapshot, int count, PreviewOptions options)
    {
        var slideHeight = (int)Math.Max(1, options.Width * snapshot.HeightEmu / Math.Max(1, snapshot.WidthEmu));
        var layout = ContactSheet.Layout(count, options.Columns, options.Width, slideHeight);
        var pixels = (long)layout.Width * layout.Height;
        if (pixels > MaxPixels)
            throw new SlideGenException(new SourcePosition(deckPath), $"{count} slides {options.Width} pixels wide make a sheet of {layout.Width}x{layout.Height} pixels, over the {MaxPixels / 1_000_000} megapixels a preview draws; use a smaller --width or fewer --slides", ExitCodes.Usage);
    }

    private static byte[] Png(Image<Rgb24> image)
    {
        using var buffer = new MemoryStream();
        image.Save(buffer, new PngEncoder { ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit8, CompressionLevel = PngCompressionLevel.BestCompression });
        return buffer.ToArray();
    }

    private static void RequireFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(folder))
            throw new SlideGenException(new SourcePosition(path), $"the folder {folder} does not exist", ExitCodes.OutputError);
    }

    /// <summary>The folder named by --each is made when its parent exists; a missing parent is more likely a typo.</summary>
    private static string PrepareEachDirectory(string directory)
    {
        if (File.Exists(directory))
            throw new SlideGenException(new SourcePosition(directory), "--each needs a folder, and this is a file", ExitCodes.OutputError);
        RequireFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlideGenException(new SourcePosition(directory), $"cannot make the folder: {e.Message}", ExitCodes.OutputError, e);
        }
        return directory;
    }
}
