using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SlideGen.Previews;

/// <summary>
/// Slide numbers drawn from 5x7 pixel glyphs scaled up: the contact sheet needs only digits, and a font file or a
/// text-drawing library would bring a dependency (and a font that may be missing) for ten characters.
/// </summary>
internal static class DigitFont
{
    public const int GlyphWidth = 5;
    public const int GlyphHeight = 7;

    // One string per digit, rows top to bottom, '#' for ink.
    private static readonly string[][] Glyphs =
    [
        [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
        ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
        [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
        ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
        ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
        ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
        ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
        ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
        [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
        [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
    ];

    /// <summary>Width in pixels of <paramref name="digits"/> at <paramref name="scale"/>, with one glyph column between digits.</summary>
    public static int Width(string digits, int scale) => digits.Length == 0 ? 0 : (digits.Length * (GlyphWidth + 1) - 1) * scale;

    public static void Draw(Image<Rgb24> image, string digits, int left, int top, int scale, Rgb24 ink)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] is < '0' or > '9')
                throw new ArgumentException($"only digits can be drawn, not '{digits[i]}'", nameof(digits));
            var glyph = Glyphs[digits[i] - '0'];
            var glyphLeft = left + i * (GlyphWidth + 1) * scale;
            for (var row = 0; row < GlyphHeight; row++)
                for (var column = 0; column < GlyphWidth; column++)
                    if (glyph[row][column] == '#')
                        Canvas.Fill(image, new Rectangle(glyphLeft + column * scale, top + row * scale, scale, scale), ink);
        }
    }
}
