using System.Text;
using CsCheck;
using Xunit.Abstractions;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Tests.Robustness;

/// <summary>
/// Arbitrary texts through the reader, cleaner and detector: made of what speeches are made of (Chinese, markers such
/// as 一、 （一） 1. ①, punctuation, English words) and what broken files add (control characters, lone surrogates,
/// long lines). A short run by default; SLIDEGEN_PROPERTY_ITERATIONS=200000 makes it a long, fuzzing-like run.
/// </summary>
public sealed class PropertyTests(ITestOutputHelper output)
{
    private static readonly long Iterations = PropertyRunLength.Iterations(150);

    private static readonly int Seconds = PropertyRunLength.Seconds;

    private long _runs;

    private void Check<T>(Gen<T> gen, Action<T> property, long iterations)
    {
        gen.Sample(value =>
        {
            property(value);
            Interlocked.Increment(ref _runs);
        }, iter: iterations, time: Seconds);
        output.WriteLine($"{_runs} inputs passed");
    }

    private static readonly string[] Pieces =
    [
        "一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "3.", "（1）", "（2）", "①", "②", "一是", "二是", "首先", "其次", "最后",
        "第一，", "第二，", "第一章", "同志们：", "讲话", "在全市工作会议上的讲话", "推进", "高质量发展", "党建", "工作", "坚持",
        "，", "。", "、", "；", "：", "“", "”", "！", "？", "（", "）", " ", "\u3000", "\t",
        "Revenue", "grew", "First,", "Finally,", "I.", "A.", "(a)", "Section 1", "the", "report", ".", ",", "# ", "**", "- ",
        "\u0001", "\u000B", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\u200B", "\uFEFF", "😀",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf(Pieces),
        Gen.Char['\u4E00', '\u9FA5'].Array[1, 6].Select(c => new string(c)),
        Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c)),
        Gen.Int[0, 2000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Lines of words; now and then one very long line.</summary>
    private static readonly Gen<string[]> Lines = Gen.OneOf(
        Word.Array[0, 12].Select(w => string.Concat(w)).Array[1, 30],
        Word.Array[200, 2000].Select(w => string.Concat(w)).Array[1, 2]);

    private static readonly Gen<string> Newline = Gen.OneOf("\n", "\r\n", "\r");

    private static readonly Gen<(string[] Lines, string Newline, int Encoding)> Documents =
        Gen.Select(Lines, Newline, Gen.Int[0, 4], (lines, newline, encoding) => (lines, newline, encoding));

    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => new UTF8Encoding(false).GetBytes(text),
        1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        3 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => GbBytes(text),
    };

    private static byte[] GbBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    /// <summary>Reads and outlines; null when the input is refused with a clear error (the only failure allowed).</summary>
    private static Outline? OutlineOf(byte[] bytes, string name)
    {
        try
        {
            return SlideGenerator.BuildOutline(DocumentLoader.Load(bytes, name));
        }
        catch (SlideGenException e)
        {
            Assert.StartsWith(name, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
            return null;
        }
    }

    [Fact]
    public void Arbitrary_text_never_throws_anything_but_a_clear_error()
    {
        Check(Documents, d =>
        {
            var bytes = Encode(string.Join(d.Newline, d.Lines), d.Encoding);
            OutlineOf(bytes, "any.txt");
            OutlineOf(bytes, "any.md");
        }, Iterations);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_anything_but_a_clear_error()
    {
        Check(Gen.Byte.Array[0, 3000], bytes =>
        {
            OutlineOf(bytes, "bytes.txt");
            OutlineOf(bytes, "bytes.docx");
        }, Iterations);
    }

    [Fact]
    public void The_outline_is_deterministic()
    {
        Check(Documents, d =>
        {
            var bytes = Encode(string.Join(d.Newline, d.Lines), d.Encoding);
            var first = OutlineOf(bytes, "same.txt");
            var second = OutlineOf(bytes, "same.txt");
            Assert.Equal(first is null ? null : OutlineJson.Serialize(first), second is null ? null : OutlineJson.Serialize(second));
        }, Iterations);
    }

    [Fact]
    public void Every_paragraph_appears_in_the_deck_on_a_slide_or_in_the_notes()
    {
        // Each line ends with a tag of its own, so no line repeats another (a repeated title line is page furniture by design),
        // and long enough that no line is a menu item or a word cut out of a link (short link-like lines are furniture by design).
        Check(Lines, lines =>
        {
            var tagged = lines.Select((l, i) => $"{l} paragraph{i}tag").ToArray();
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", tagged));
            var outline = OutlineOf(bytes, "content.txt");
            if (outline is null) return;
            var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());
            var shown = Comparable(DeckText(deck));
            foreach (var line in tagged)
                foreach (var word in Words(line))
                    Assert.True(shown.Contains(word, StringComparison.Ordinal), $"'{word}' of the line '{line}' is not in the deck");
        }, Math.Max(20, Iterations / 5));
    }

    private static string DeckText(Deck deck) =>
        deck.Title + "\n" + string.Join("\n", deck.Slides.Select(s => s.Title + "\n" + s.Subtitle + "\n" + string.Join("\n", s.Bullets.Select(b => b.Text)) + "\n" + s.Notes));

    /// <summary>
    /// Runs of letters and digits: cleaning may split a line into paragraphs at punctuation, never inside a word. One
    /// place is a boundary without punctuation: where an address to the audience begins ("…的讲话同志们："), which ends
    /// a title written on the salutation's line, so the title slide shows the title and its notes the salutation.
    /// </summary>
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) { word.Append(rune.ToString()); continue; }
            foreach (var part in AtAddresses(word.ToString())) yield return part;
            word.Clear();
        }
        foreach (var part in AtAddresses(word.ToString())) yield return part;
    }

    private static readonly string[] Addresses = ["同志们", "同学们", "老师们", "各位代表", "各位委员", "各位领导", "各位来宾", "朋友们"];

    private static IEnumerable<string> AtAddresses(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
            if (Addresses.Any(a => string.CompareOrdinal(word, i, a, 0, a.Length) == 0))
            {
                yield return word[start..i];
                start = i;
            }
        if (word.Length > start) yield return word[start..];
    }

    /// <summary>
    /// Letters and digits only: cleaning may change punctuation (, → ，), spaces, invisible and control characters,
    /// and splits lines into paragraphs, but never drops words.
    /// </summary>
    private static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune)) builder.Append(rune.ToString());
        return builder.ToString();
    }
}
