using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;
using SlideGen.Decks;
using SlideGen.Diagnostics;

namespace SlideGen.Writing;

/// <summary>
/// Loads an untrusted image for a slide: PNG or JPEG only, dimensions checked from the header before any
/// pixel is decoded, decoding capped in memory, and large pictures scaled down so decks stay small.
/// </summary>
public static class ImageLoader
{
    public const int MaxSide = 10000;
    public const long MaxPixels = 40_000_000;
    /// <summary>Longer sides are scaled down to this; plenty for a full-screen slide.</summary>
    public const int TargetLongestSide = 2000;
    public const long MaxFileBytes = 50L * 1024 * 1024;
    private const string Accepted = "PNG or JPEG";

    /// <summary>The decoders and memory cap every picture that reaches a deck is read with.</summary>
    internal static readonly Configuration Configuration = CreateConfiguration();

    private static Configuration CreateConfiguration()
    {
        // Only the two formats slides need: a decoder that is not registered cannot be attacked.
        var configuration = new Configuration(new PngConfigurationModule(), new JpegConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = 256 }),
        };
        return configuration;
    }

    /// <param name="path">The image file.</param>
    /// <param name="referencedAt">Where the image was asked for (a template line, a document line); errors point there.</param>
    /// <param name="exitCode">The exit code for errors; <see cref="ExitCodes.TemplateError"/> for template images.</param>
    public static SlideImage Load(string path, SourcePosition referencedAt, ImageRole role = ImageRole.Content, int exitCode = ExitCodes.InputUnreadable)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
                throw Fail(referencedAt, $"image {path} is {length / (1024 * 1024)} MB; images over {MaxFileBytes / (1024 * 1024)} MB are refused", exitCode);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var problem = e is FileNotFoundException or DirectoryNotFoundException ? $"image not found: {path}" : $"cannot read image {path}: {e.Message}";
            throw Fail(referencedAt, problem, exitCode, e);
        }
        return Load(bytes, Path.GetFileName(path), referencedAt, role, exitCode);
    }

    public static SlideImage Load(byte[] bytes, string name, SourcePosition referencedAt, ImageRole role = ImageRole.Content, int exitCode = ExitCodes.InputUnreadable)
    {
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(Configuration, bytes, out format);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or NotSupportedException or InvalidMemoryOperationException)
        {
            throw Fail(referencedAt, $"image {name} is damaged or not an image; use {Accepted}", exitCode, e);
        }
        if (info is null || format is null)
            throw Fail(referencedAt, $"image {name} is not in a supported format; use {Accepted}", exitCode);
        if (info.Width <= 0 || info.Height <= 0 || info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels)
            throw Fail(referencedAt, $"image {name} is {info.Width}x{info.Height} pixels; images up to {MaxSide} pixels a side and {MaxPixels / 1_000_000} megapixels are accepted", exitCode);

        var contentType = format is JpegFormat ? "image/jpeg" : "image/png";
        if (Math.Max(info.Width, info.Height) <= TargetLongestSide)
        {
            // Decode once anyway: a header can lie about the pixels behind it.
            Decode(bytes, name, referencedAt, exitCode).Dispose();
            return new SlideImage(name, bytes, contentType, info.Width, info.Height, role);
        }

        using var image = Decode(bytes, name, referencedAt, exitCode);
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(TargetLongestSide, TargetLongestSide), Mode = ResizeMode.Max }));
        // Metadata may carry locations and camera details that have no business in a deck.
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        using var output = new MemoryStream();
        if (format is JpegFormat)
            image.Save(output, new JpegEncoder { Quality = 88 });
        else
            image.Save(output, new PngEncoder { CompressionLevel = PngCompressionLevel.DefaultCompression });
        return new SlideImage(name, output.ToArray(), contentType, image.Width, image.Height, role);
    }

    private static Image Decode(byte[] bytes, string name, SourcePosition referencedAt, int exitCode)
    {
        try
        {
            return Image.Load(Configuration, bytes);
        }
        catch (InvalidMemoryOperationException e)
        {
            throw Fail(referencedAt, $"image {name} needs too much memory to decode", exitCode, e);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            throw Fail(referencedAt, $"image {name} is damaged; use {Accepted}", exitCode, e);
        }
    }

    private static SlideGenException Fail(SourcePosition position, string problem, int exitCode, Exception? inner = null) =>
        new(position, problem, exitCode, inner);
}
