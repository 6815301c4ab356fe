using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Writing;

namespace SlideGen.Tests.Previews;

/// <summary>The thumbnail's own JPEG encoder, checked by decoding its output with ImageSharp's decoder.</summary>
public sealed class BaselineJpegTests
{
    private static byte[] Pixels(int width, int height, Func<int, int, Rgb24> color)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var c = color(x, y);
                var i = (y * width + x) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (c.R, c.G, c.B);
            }
        return rgb;
    }

    private static double MeanError(byte[] rgb, int width, int height, int quality, out Image<Rgb24> decoded)
    {
        decoded = Image.Load<Rgb24>(BaselineJpeg.Encode(rgb, width, height, quality));
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        var total = 0L;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var p = decoded[x, y];
                var i = (y * width + x) * 3;
                total += Math.Abs(p.R - rgb[i]) + Math.Abs(p.G - rgb[i + 1]) + Math.Abs(p.B - rgb[i + 2]);
            }
        return total / (3.0 * width * height);
    }

    [Theory]
    [InlineData(256, 144)]
    [InlineData(13, 7)]
    [InlineData(1, 1)]
    public void A_smooth_picture_comes_back_close_at_any_size(int width, int height)
    {
        var rgb = Pixels(width, height, (x, y) => new Rgb24((byte)(x * 255 / width), (byte)(y * 255 / height), 160));

        var error = MeanError(rgb, width, height, 85, out var decoded);

        decoded.Dispose();
        Assert.True(error < 2.5, $"mean error {error:0.00}");
    }

    [Fact]
    public void Flat_colours_keep_their_values()
    {
        var rgb = Pixels(64, 32, (x, _) => x < 32 ? new Rgb24(0xB0, 0x00, 0x00) : new Rgb24(0xFF, 0xE8, 0xA0));

        MeanError(rgb, 64, 32, 85, out var decoded);

        using (decoded)
        {
            Assert.True(Math.Abs(decoded[10, 10].R - 0xB0) <= 3 && decoded[10, 10].G <= 3, $"{decoded[10, 10]}");
            Assert.True(Math.Abs(decoded[50, 10].B - 0xA0) <= 3 && decoded[50, 10].R >= 252, $"{decoded[50, 10]}");
        }
    }

    [Fact]
    public void Noise_with_every_code_decodes_and_higher_quality_is_closer()
    {
        // Noise sends long codes and many 0xFF bytes, which must be followed by a stuffed zero.
        var random = new Random(7);
        var rgb = new byte[96 * 64 * 3];
        random.NextBytes(rgb);

        var low = MeanError(rgb, 96, 64, 20, out var lowImage);
        var high = MeanError(rgb, 96, 64, 100, out var highImage);

        lowImage.Dispose();
        highImage.Dispose();
        Assert.True(high < low / 2, $"quality 100: {high:0.0}, quality 20: {low:0.0}");
    }

    [Fact]
    public void The_bytes_are_pinned_so_every_machine_writes_the_same_thumbnail()
    {
        // Integer arithmetic only: this hash must hold on any processor; a change to the encoder changes decks.
        var rgb = Pixels(40, 24, (x, y) => new Rgb24((byte)(x * 6), (byte)(y * 10), (byte)(x ^ y)));

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BaselineJpeg.Encode(rgb, 40, 24, 85)));

        Assert.Equal("FA5E396D0426CC8F637DAF5420B469889C9243F0683C52BB2E57B99C3C068E22", hash);
    }

    [Fact]
    public void The_vector_transform_gives_the_scalar_transform_results_to_the_last_bit()
    {
        var random = new Random(7);
        var blocks = Enumerable.Range(0, 2000).Select(n => Enumerable.Range(0, 64).Select(_ => n switch
        {
            0 => -128,
            1 => 127,
            2 => (_ % 2 == 0) ? -128 : 127,
            _ => random.Next(-128, 128),
        }).ToArray());
        foreach (var block in blocks)
        {
            var byScalars = block.ToArray();
            var byVectors = block.ToArray();
            BaselineJpeg.TransformByScalars(byScalars);
            BaselineJpeg.TransformByVectors(byVectors);
            Assert.Equal(byScalars, byVectors);
        }
    }

    [Fact]
    public void The_standard_huffman_tables_define_a_code_for_every_symbol()
    {
        foreach (var table in new[] { BaselineJpeg.LumaDc, BaselineJpeg.ChromaDc, BaselineJpeg.LumaAc, BaselineJpeg.ChromaAc })
            foreach (var symbol in table.Symbols)
                Assert.InRange(table.Lengths[symbol], 1, 16);
    }
}
