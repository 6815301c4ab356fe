using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Diagnostics;

namespace SlideGen.Previews;

/// <summary>
/// Draws slides of a deck as pictures: LibreOffice converts the deck to PDF, pdftoppm draws the chosen pages.
/// Each run has its own folder and LibreOffice profile, so runs side by side do not meet, and both are removed after.
/// </summary>
public static class DeckRenderer
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Pictures from the render programs are read like any untrusted image: header first, memory capped.</summary>
    private const int MaxSide = 10000;

    /// <summary>
    /// LibreOffice leaves hidden slides out of a PDF, which would shift every later page off its slide number; the
    /// filter's JSON options (understood since LibreOffice 7.4) keep one page per slide.
    /// </summary>
    private const string PdfWithHiddenSlides = "pdf:impress_pdf_Export:{\"ExportHiddenSlides\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    private static readonly Configuration PngOnly = new(new PngConfigurationModule())
    {
        MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = 256 }),
    };

    /// <param name="deckPath">The deck (named in errors); it is copied, never changed.</param>
    /// <param name="slides">Slide numbers from 1, in order.</param>
    /// <param name="width">Width of each picture in pixels; heights follow the slide's shape.</param>
    public static List<RenderedSlide> Render(string deckPath, IReadOnlyList<int> slides, int width, RenderTools tools, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var work = Directory.CreateTempSubdirectory("slidegen-preview-").FullName;
        try
        {
            // A copy with a plain name: LibreOffice names its output after the input, and some names confuse it.
            var deck = Path.Combine(work, "deck.pptx");
            File.Copy(deckPath, deck);
            var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
            ProgramRun.Run(tools.Soffice,
                ["-env:UserInstallation=" + profile, "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck",
                 "--convert-to", PdfWithHiddenSlides, "--outdir", work, deck],
                limit, deckPath, "LibreOffice");
            var pdf = Path.Combine(work, "deck.pdf");
            if (!File.Exists(pdf))
                throw new SlideGenException(new SourcePosition(deckPath), "LibreOffice could not open the deck (it wrote no PDF)", ExitCodes.InputUnreadable);

            var pages = Path.Combine(work, "page");
            foreach (var (first, last) in Runs(slides))
                ProgramRun.Run(tools.Pdftoppm,
                    ["-png", "-scale-to-x", Text(width), "-scale-to-y", "-1", "-f", Text(first), "-l", Text(last), pdf, pages],
                    limit, deckPath, "pdftoppm");
            var drawn = Directory.EnumerateFiles(work, "page-*.png")
                .ToDictionary(PageNumber, path => path);
            var result = new List<RenderedSlide>();
            try
            {
                foreach (var number in slides)
                {
                    if (!drawn.TryGetValue(number, out var path))
                        throw new SlideGenException(new SourcePosition(deckPath), $"LibreOffice drew {drawn.Count} of the slides asked for; slide {number} is missing (is it hidden?)", ExitCodes.InputUnreadable);
                    result.Add(new RenderedSlide(number, Load(path, deckPath)));
                }
            }
            catch
            {
                foreach (var slide in result) slide.Dispose();
                throw;
            }
            return result;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Consecutive slide numbers as ranges, so that 1,20 draws two pages rather than twenty.</summary>
    internal static List<(int First, int Last)> Runs(IReadOnlyList<int> slides)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var number in slides.Order())
        {
            if (runs.Count > 0 && runs[^1].Last + 1 >= number)
                runs[^1] = (runs[^1].First, Math.Max(runs[^1].Last, number));
            else
                runs.Add((number, number));
        }
        return runs;
    }

    /// <summary>pdftoppm names pages prefix-N.png with N padded to the width of the last page's number.</summary>
    private static int PageNumber(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return int.Parse(name[(name.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
    }

    private static Image<Rgb24> Load(string path, string deckPath)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var info = Image.Identify(PngOnly, bytes, out _);
            if (info is null || info.Width <= 0 || info.Height <= 0 || info.Width > MaxSide || info.Height > MaxSide)
                throw new SlideGenException(new SourcePosition(deckPath), $"pdftoppm drew a page of {info?.Width}x{info?.Height} pixels, which is not a slide picture", ExitCodes.InputUnreadable);
            return Image.Load<Rgb24>(PngOnly, bytes);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or NotSupportedException or InvalidMemoryOperationException)
        {
            throw new SlideGenException(new SourcePosition(deckPath), $"pdftoppm drew a picture that cannot be read: {e.Message}", ExitCodes.InputUnreadable, e);
        }
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
