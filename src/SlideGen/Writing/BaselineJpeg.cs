using System.Runtime.Intrinsics;

namespace SlideGen.Writing;

/// <summary>
/// A baseline JPEG encoder in integer arithmetic (JFIF, 4:4:4, the standard tables of ITU T.81 Annex K) for the
/// deck thumbnail. General encoders pick SIMD paths by processor, and fused multiply-add rounds differently from
/// a multiply and an add, so their bytes can differ between machines; a deck must not. Integers round the same
/// everywhere, and a few hundred lines cost less start-up than a general encoder's first use.
/// </summary>
internal static class BaselineJpeg
{
    /// <summary>Encodes <paramref name="rgb"/> (three bytes a pixel, rows top to bottom) at <paramref name="quality"/> (1–100).</summary>
    public static byte[] Encode(ReadOnlySpan<byte> rgb, int width, int height, int quality)
    {
        if (width is < 1 or > 65535 || height is < 1 or > 65535 || rgb.Length != width * height * 3)
            throw new ArgumentException($"{rgb.Length} bytes are not {width}x{height} RGB pixels", nameof(rgb));
        var luma = ScaledTable(LumaQuantization, quality);
        var chroma = ScaledTable(ChromaQuantization, quality);
        using var output = new MemoryStream();
        WriteHeaders(output, width, height, luma, chroma);

        var planes = ToYCbCr(rgb, width, height);
        var writer = new BitWriter(output);
        Span<int> previousDc = stackalloc int[3];
        Span<int> block = stackalloc int[64];
        for (var blockY = 0; blockY < height; blockY += 8)
            for (var blockX = 0; blockX < width; blockX += 8)
                for (var component = 0; component < 3; component++)
                {
                    var plane = planes[component];
                    if (blockY + 8 <= height && blockX + 8 <= width)
                    {
                        for (var y = 0; y < 8; y++)
                        {
                            var row = plane.AsSpan((blockY + y) * width + blockX, 8);
                            for (var x = 0; x < 8; x++)
                                block[y * 8 + x] = row[x] - 128;
                        }
                    }
                    else
                    {
                        // Edges past the image repeat its last row and column, which costs the fewest bits.
                        for (var y = 0; y < 8; y++)
                            for (var x = 0; x < 8; x++)
                                block[y * 8 + x] = plane[Math.Min(blockY + y, height - 1) * width + Math.Min(blockX + x, width - 1)] - 128;
                    }
                    var table = component == 0 ? luma : chroma;
                    var (dc, ac) = component == 0 ? (LumaDc, LumaAc) : (ChromaDc, ChromaAc);
                    if (IsFlat(block))
                    {
                        EncodeFlatBlock(writer, block[0], table[0], dc, ac, ref previousDc[component]);
                        continue;
                    }
                    Transform(block);
                    EncodeBlock(writer, block, table, dc, ac, ref previousDc[component]);
                }
        writer.Flush();
        output.WriteByte(0xFF);
        output.WriteByte(0xD9);
        return output.ToArray();
    }

    private static byte[][] ToYCbCr(ReadOnlySpan<byte> rgb, int width, int height)
    {
        var planes = new[] { new byte[width * height], new byte[width * height], new byte[width * height] };
        for (var i = 0; i < width * height; i++)
        {
            int r = rgb[i * 3], g = rgb[i * 3 + 1], b = rgb[i * 3 + 2];
            // JFIF's conversion in 16-bit fixed point, as libjpeg does it.
            planes[0][i] = Clamp((19595 * r + 38470 * g + 7471 * b + 32768) >> 16);
            planes[1][i] = Clamp((-11059 * r - 21709 * g + 32768 * b + (128 << 16) + 32767) >> 16);
            planes[2][i] = Clamp((32768 * r - 27439 * g - 5329 * b + (128 << 16) + 32767) >> 16);
        }
        return planes;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    /// <summary>cos((2x+1)uπ/16)·c(u)/2 in 13-bit fixed point, c(0) = 1/√2: the forward DCT is this matrix on rows, then on columns.</summary>
    private static readonly int[] Cosines =
    [
        2896, 2896, 2896, 2896, 2896, 2896, 2896, 2896,
        4017, 3406, 2276, 799, -799, -2276, -3406, -4017,
        3784, 1567, -1567, -3784, -3784, -1567, 1567, 3784,
        3406, -799, -4017, -2276, 2276, 4017, 799, -3406,
        2896, -2896, -2896, 2896, 2896, -2896, -2896, 2896,
        2276, -4017, 799, 3406, -3406, -799, 4017, -2276,
        1567, -3784, 3784, -1567, -1567, 3784, -3784, 1567,
        799, -2276, 3406, -4017, 4017, -3406, 2276, -799,
    ];

    /// <summary>The 8x8 forward DCT in place; results are the coefficients at their natural scale.</summary>
    private static void Transform(Span<int> block)
    {
        if (Vector256.IsHardwareAccelerated)
            TransformByVectors(block);
        else
            TransformByScalars(block);
    }

    /// <summary>The cosine matrix by columns: lane u of column x is cos((2x+1)uπ/16)·c(u)/2, as the row pass needs it.</summary>
    private static readonly Vector256<int>[] CosineColumns = Enumerable.Range(0, 8)
        .Select(x => Vector256.Create(Enumerable.Range(0, 8).Select(u => Cosines[u * 8 + x]).ToArray()))
        .ToArray();

    /// <summary>The same sums as <see cref="TransformByScalars"/>, eight lanes at a time; integers, so the same results.</summary>
    internal static void TransformByVectors(Span<int> block)
    {
        Span<Vector256<int>> rows = stackalloc Vector256<int>[8];
        var rowRounding = Vector256.Create(1 << 10);
        for (var y = 0; y < 8; y++)
        {
            var sum = Vector256<int>.Zero;
            for (var x = 0; x < 8; x++)
                sum += CosineColumns[x] * block[y * 8 + x];
            rows[y] = Vector256.ShiftRightArithmetic(sum + rowRounding, 11);
        }
        var columnRounding = Vector256.Create(1 << 14);
        for (var v = 0; v < 8; v++)
        {
            var sum = Vector256<int>.Zero;
            for (var y = 0; y < 8; y++)
                sum += rows[y] * Cosines[v * 8 + y];
            Vector256.ShiftRightArithmetic(sum + columnRounding, 15).CopyTo(block.Slice(v * 8, 8));
        }
    }

    internal static void TransformByScalars(Span<int> block)
    {
        Span<int> rows = stackalloc int[64];
        // Rows keep two extra bits of precision into the column pass.
        for (var y = 0; y < 8; y++)
            for (var u = 0; u < 8; u++)
            {
                var sum = 0;
                for (var x = 0; x < 8; x++)
                    sum += Cosines[u * 8 + x] * block[y * 8 + x];
                rows[y * 8 + u] = (sum + (1 << 10)) >> 11;
            }
        for (var u = 0; u < 8; u++)
            for (var v = 0; v < 8; v++)
            {
                var sum = 0;
                for (var y = 0; y < 8; y++)
                    sum += Cosines[v * 8 + y] * rows[y * 8 + u];
                block[v * 8 + u] = (sum + (1 << 14)) >> 15;
            }
    }

    /// <summary>
    /// Most of a thumbnail is flat colour. Every cosine row but the first sums to zero, so a flat block keeps only its
    /// DC term, rounded exactly as the two passes of <see cref="Transform"/> round it, and its AC terms are all zero.
    /// </summary>
    private static void EncodeFlatBlock(BitWriter writer, int value, int step, HuffmanTable dc, HuffmanTable ac, ref int previousDc)
    {
        var row = (Cosines[0] * 8 * value + (1 << 10)) >> 11;
        var coefficient = (Cosines[0] * 8 * row + (1 << 14)) >> 15;
        var quantized = coefficient >= 0 ? (coefficient + step / 2) / step : -((-coefficient + step / 2) / step);
        var difference = quantized - previousDc;
        previousDc = quantized;
        var size = BitLength(difference);
        writer.Write(dc.Codes[size], dc.Lengths[size]);
        writer.Write(Magnitude(difference, size), size);
        writer.Write(ac.Codes[0x00], ac.Lengths[0x00]);
    }

    private static bool IsFlat(Span<int> block)
    {
        var first = block[0];
        foreach (var value in block)
            if (value != first)
                return false;
        return true;
    }

    private static void EncodeBlock(BitWriter writer, Span<int> block, int[] table, HuffmanTable dc, HuffmanTable ac, ref int previousDc)
    {
        Span<int> zigzag = stackalloc int[64];
        for (var k = 0; k < 64; k++)
        {
            var coefficient = block[ZigZag[k]];
            var step = table[k];
            // Most coefficients quantise to zero; telling which needs no division.
            if (Math.Abs(coefficient) < step - step / 2)
            {
                zigzag[k] = 0;
                continue;
            }
            // Rounds half away from zero, so that the sign never changes what a coefficient becomes.
            zigzag[k] = coefficient >= 0 ? (coefficient + step / 2) / step : -((-coefficient + step / 2) / step);
        }

        var difference = zigzag[0] - previousDc;
        previousDc = zigzag[0];
        var size = BitLength(difference);
        writer.Write(dc.Codes[size], dc.Lengths[size]);
        writer.Write(Magnitude(difference, size), size);

        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            if (zigzag[k] == 0)
            {
                run++;
                continue;
            }
            for (; run > 15; run -= 16)
                writer.Write(ac.Codes[0xF0], ac.Lengths[0xF0]);
            size = BitLength(zigzag[k]);
            var symbol = (run << 4) | size;
            writer.Write(ac.Codes[symbol], ac.Lengths[symbol]);
            writer.Write(Magnitude(zigzag[k], size), size);
            run = 0;
        }
        if (run > 0)
            writer.Write(ac.Codes[0x00], ac.Lengths[0x00]);
    }

    private static int BitLength(int value)
    {
        var magnitude = Math.Abs(value);
        var bits = 0;
        while (magnitude > 0) { bits++; magnitude >>= 1; }
        return bits;
    }

    /// <summary>Negative values are sent as their one's complement in <paramref name="size"/> bits (T.81 F.1.2.1).</summary>
    private static int Magnitude(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;

    private static void WriteHeaders(Stream output, int width, int height, int[] luma, int[] chroma)
    {
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        var quantization = new List<byte> { 0 };
        quantization.AddRange(luma.Select(v => (byte)v));
        quantization.Add(1);
        quantization.AddRange(chroma.Select(v => (byte)v));
        Segment(output, 0xDB, [.. quantization]);
        Segment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]);
        var huffman = new List<byte>();
        foreach (var (id, table) in new[] { (0x00, LumaDc), (0x10, LumaAc), (0x01, ChromaDc), (0x11, ChromaAc) })
        {
            huffman.Add((byte)id);
            huffman.AddRange(table.Counts);
            huffman.AddRange(table.Symbols);
        }
        Segment(output, 0xC4, [.. huffman]);
        Segment(output, 0xDA, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);
    }

    private static void Segment(Stream output, byte marker, byte[] content)
    {
        var length = content.Length + 2;
        output.Write([0xFF, marker, (byte)(length >> 8), (byte)length]);
        output.Write(content);
    }

    /// <summary>Annex K's tables scaled for <paramref name="quality"/> as libjpeg scales them, in zigzag order.</summary>
    private static int[] ScaledTable(int[] natural, int quality)
    {
        quality = Math.Clamp(quality, 1, 100);
        var scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
        return Enumerable.Range(0, 64).Select(k => Math.Clamp((natural[ZigZag[k]] * scale + 50) / 100, 1, 255)).ToArray();
    }

    /// <summary>The natural (row-major) index of each zigzag position.</summary>
    private static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    private static readonly int[] LumaQuantization =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ChromaQuantization =
    [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    ];

    internal static readonly HuffmanTable LumaDc = new([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    internal static readonly HuffmanTable ChromaDc = new([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    internal static readonly HuffmanTable LumaAc = new([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d],
    [
        0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
        0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
        0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
        0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
        0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
        0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
        0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
        0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
        0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
        0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
        0xf9, 0xfa,
    ]);

    internal static readonly HuffmanTable ChromaAc = new([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77],
    [
        0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
        0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0,
        0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
        0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
        0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
        0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
        0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5,
        0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
        0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
        0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
        0xf9, 0xfa,
    ]);

    /// <summary>A Huffman table as the DHT segment sends it (codes per length, symbols), and the codes it defines (T.81 Annex C).</summary>
    internal sealed class HuffmanTable
    {
        public HuffmanTable(byte[] counts, byte[] symbols)
        {
            if (counts.Length != 16 || counts.Sum(c => c) != symbols.Length)
                throw new ArgumentException("the counts of a Huffman table must add up to its symbols");
            Counts = counts;
            Symbols = symbols;
            var code = 0;
            var k = 0;
            for (var length = 1; length <= 16; length++)
            {
                for (var i = 0; i < counts[length - 1]; i++, k++)
                {
                    Codes[symbols[k]] = code++;
                    Lengths[symbols[k]] = length;
                }
                code <<= 1;
            }
        }

        public byte[] Counts { get; }
        public byte[] Symbols { get; }
        public int[] Codes { get; } = new int[256];
        public int[] Lengths { get; } = new int[256];
    }

    /// <summary>Packs codes into bytes, most significant bit first, with a zero byte stuffed after every 0xFF.</summary>
    private sealed class BitWriter(Stream output)
    {
        // Codes and magnitudes are at most 16 bits each, so 32 bits always hold what is pending plus one more.
        private uint buffer;
        private int count;

        public void Write(int bits, int length)
        {
            buffer = (buffer << length) | ((uint)bits & ((1u << length) - 1));
            count += length;
            while (count >= 8)
            {
                count -= 8;
                Emit((byte)(buffer >> count));
            }
        }

        /// <summary>Fills the last byte with one bits, as T.81 F.1.2.3 asks.</summary>
        public void Flush()
        {
            if (count > 0)
                Write((1 << (8 - count)) - 1, 8 - count);
        }

        private void Emit(byte value)
        {
            output.WriteByte(value);
            if (value == 0xFF)
                output.WriteByte(0);
        }
    }
}
