using SlideGen.Corpus.Scoring;

namespace SlideGen.Tests.Corpus;

/// <summary>
/// The port of difflib.SequenceMatcher(None, a, b).ratio() against figures CPython 3.11 printed for the same inputs
/// (strings made by the generator below, which the Python that printed them used too). The 199/200 pair shows the
/// autojunk rule: from 200 items of b, an element in more than 1% of b (plus one) is not used to start a match.
/// </summary>
public class SequenceMatcherTests
{
    [Theory]
    [InlineData(" abcd", "abcd abcd", 0.7142857142857143)]
    [InlineData("abxcd", "abcd", 0.8888888888888888)]
    [InlineData("", "", 1.0)]
    [InlineData("a", "", 0.0)]
    [InlineData("private Thread currentThread;", "private volatile Thread currentThread;", 0.8656716417910447)]
    public void Ratio_is_python_s_on_the_documented_examples(string a, string b, double expected) =>
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));

    [Theory]
    [InlineData(1, 2, "ab", 10, 12, 8, 0.7272727272727273)]
    [InlineData(3, 4, "abcd", 60, 45, 13, 0.24761904761904763)]
    [InlineData(5, 6, "abcdefghij", 199, 199, 32, 0.16080402010050251)]
    [InlineData(7, 8, "abcdefghij", 250, 240, 1, 0.004081632653061225)]
    [InlineData(9, 10, "ab", 300, 310, 0, 0.0)]
    [InlineData(11, 12, "abcdefghijklmnopqrstuvwxyz", 400, 420, 0, 0.0)]
    [InlineData(13, 14, "一二三四五六七八九十是的了在和", 220, 230, 1, 0.0044444444444444444)]
    [InlineData(15, 16, "发展改革建设推进经济社会党", 500, 480, 0, 0.0)]
    [InlineData(17, 18, "ab\U00020000c", 80, 90, 41, 0.4823529411764706)]
    [InlineData(19, 20, "aaaaaaaab", 210, 205, 3, 0.014457831325301205)]
    public void Ratio_is_python_s_on_unrelated_strings(int seedA, int seedB, string alphabet, int lengthA, int lengthB, int matches, double expected)
    {
        var a = Generate(seedA, alphabet, lengthA);
        var b = Generate(seedB, alphabet, lengthB);

        Assert.Equal(matches, new SequenceMatcher(PyText.CodePoints(a), PyText.CodePoints(b)).GetMatchingBlocks().Sum(m => m.Size));
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));
    }

    private const string Common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高";

    [Theory]
    [InlineData(21, "abcdefghij", 150, 5, 123, 0.82)]
    [InlineData(22, "abcdefghij", 260, 5, 0, 0.0)]
    [InlineData(23, Common, 250, 7, 202, 0.808)]
    [InlineData(24, Common, 400, 3, 74, 0.185)]
    [InlineData(25, Common, 199, 4, 149, 0.7487437185929648)]
    [InlineData(26, Common, 200, 4, 133, 0.665)]
    [InlineData(27, "ab", 220, 9, 9, 0.04090909090909091)]
    public void Ratio_is_python_s_on_a_string_and_its_edit(int seed, string alphabet, int length, int every, int matches, double expected)
    {
        var a = Generate(seed, alphabet, length);
        var b = Mutate(a, alphabet, every);

        Assert.Equal(matches, new SequenceMatcher(PyText.CodePoints(a), PyText.CodePoints(b)).GetMatchingBlocks().Sum(m => m.Size));
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));
    }

    [Fact]
    public void Python_round_rounds_the_binary_value_half_to_even()
    {
        Assert.Equal(2.67, PyText.Round(2.675, 2));   // 2.675 is 2.67499999… in binary
        Assert.Equal(0.062, PyText.Round(0.0625, 3)); // an exact tie goes to the even digit
        Assert.Equal(0.667, PyText.Round(2.0 / 3, 3));
        Assert.Equal(0.833, PyText.Round(5.0 / 6, 3));
        Assert.Equal(1.0, PyText.Round(0.9996, 3));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.75, "0.75")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789012345.0, "123456789012345.0")]
    [InlineData(0.004081632653061225, "0.004081632653061225")]
    public void Floats_print_as_python_s_repr(double value, string expected) => Assert.Equal(expected, PyText.FloatRepr(value));

    // Python: x = (x * 1103515245 + 12345) % 2**31; alphabet[(x >> 16) % len(alphabet)], over code points.
    private static string Generate(int seed, string alphabet, int length)
    {
        var letters = PyText.CodePoints(alphabet);
        long x = seed;
        var output = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            x = (x * 1103515245 + 12345) % (1L << 31);
            output.Append(char.ConvertFromUtf32(letters[(x >> 16) % letters.Length]));
        }
        return output.ToString();
    }

    // Python: ''.join(alphabet[(i // k) % len(alphabet)] if i % k == 0 else c for i, c in enumerate(a))
    private static string Mutate(string a, string alphabet, int every)
    {
        var letters = PyText.CodePoints(alphabet);
        return string.Concat(PyText.CodePoints(a).Select((c, i) => char.ConvertFromUtf32(i % every == 0 ? letters[i / every % letters.Length] : c)));
    }
}
