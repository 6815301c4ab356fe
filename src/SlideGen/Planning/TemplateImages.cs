using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Writing;

namespace SlideGen.Planning;

/// <summary>
/// The one place where planning turns image files and document images into slide images, so that every image
/// goes through the same checked loader (PNG and JPEG only, size limits, downscaling).
/// </summary>
internal static class TemplateImages
{
    public static SlideImage Load(string path, ImageRole role, SourcePosition mentionedIn)
    {
        if (!File.Exists(path))
            throw new SlideGenException(mentionedIn, $"the image '{Path.GetFileName(path)}' is not in the template folder", ExitCodes.TemplateError);
        return ImageLoader.Load(path, mentionedIn, role, ExitCodes.TemplateError);
    }

    /// <summary>An image of the document itself; a bad one is the input's fault, not the template's.</summary>
    public static SlideImage FromDocument(Reading.SourceImage image, SourcePosition inDocument) =>
        ImageLoader.Load(image.Bytes, image.Name, inDocument, ImageRole.Content, ExitCodes.InputUnreadable);
}
