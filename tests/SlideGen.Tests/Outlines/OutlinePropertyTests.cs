using System.Text;
using CsCheck;
using SlideGen.Diagnostics;
using SlideGen.Outlines;
using SlideGen.Reading;
using SlideGen.Sections;
using Xunit.Abstractions;

namespace SlideGen.Tests.Outlines;

/// <summary>
/// Issue 16's round trip over generated inputs: documents made of markers, Chinese and English words and the characters
/// Markdown gives meaning to, and outline values with arbitrary texts (blank lines, backticks, fences, comments).
/// SLIDEGEN_PROPERTY_ITERATIONS and SLIDEGEN_PROPERTY_SECONDS make a longer run, as for Robustness.PropertyTests.
/// </summary>
public sealed class OutlinePropertyTests(ITestOutputHelper output)
{
    private static readonly long Iterations = PropertyRunLength.Iterations(60);

    private static readonly int Seconds = PropertyRunLength.Seconds;

    private static readonly string[] Pieces =
    [
        "一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "3.", "①", "②", "一是", "二是", "三是", "首先", "其次", "最后",
        "第一，", "第二，", "同志们：", "在全市工作会议上的讲话", "推进", "高质量发展", "坚持", "，", "。", "、", "；", "：",
        "“", "”", " ", "First,", "Finally,", "I.", "A.", "Section 1", "the", "report", ".", ",",
        "# ", "## ", "**", "- ", "* ", "`", "```", "~~~", "<!--", "-->", "---", "\\", "[", "](", ")", "!", ">", "|",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf(Pieces),
        Gen.Char['\u4E00', '\u9FA5'].Array[1, 6].Select(c => new string(c)),
        Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c)));

    private static readonly Gen<string> Line = Word.Array[0, 14].Select(w => string.Concat(w));

    private static readonly Gen<string> Document = Line.Array[1, 40].Select(lines => string.Join("\n", lines));

    [Fact]
    public void A_generated_documents_outline_file_gives_its_deck()
    {
        var runs = 0;
        Gen.Select(Document, Gen.Bool).Sample((text, markdown) =>
        {
            var name = markdown ? "generated.md" : "generated.txt";
            var bytes = Encoding.UTF8.GetBytes(text);
            Outline Detect() => SlideGenerator.BuildOutline(DocumentLoader.Load(bytes, name));
            string file, json;
            try
            {
                file = OutlineMarkdown.Write(Detect());
                json = OutlineFileJson.Write(Detect());
            }
            catch (SlideGenException)
            {
                return; // refused with a clear error: nothing to round-trip
            }
            var expected = DeckOrError(Detect);
            // SLIDEGEN_DEBUG_OUTLINE=FILE keeps a failing case: the outline file, and the document beside it (FILE.src.md or .txt).
            var fromFile = DeckOrError(() => RoundTrip.Read(file).Outline);
            if (fromFile != expected && Environment.GetEnvironmentVariable("SLIDEGEN_DEBUG_OUTLINE") is { } debug)
            {
                File.WriteAllText(debug, file);
                File.WriteAllText(debug + (markdown ? ".src.md" : ".src.txt"), text);
            }
            Assert.Equal(expected, fromFile);
            Assert.Equal(expected, DeckOrError(() => RoundTrip.Read(json, "generated.json").Outline));
            Interlocked.Increment(ref runs);
        }, iter: Iterations, time: Seconds);
        output.WriteLine($"{runs} documents round-tripped");
    }

    private static string DeckOrError(Func<Outline> outline)
    {
        try
        {
            return Convert.ToBase64String(RoundTrip.Deck(outline()));
        }
        catch (SlideGenException e)
        {
            return "error: " + e.Problem;
        }
    }

    private static readonly Gen<string> Text = Gen.OneOf(
        Line,
        Line.Array[0, 6].Select(lines => string.Join("\n", lines)),
        Gen.OneOf(Pieces).Array[0, 10].Select(p => string.Join("\n", p)));

    private static readonly Gen<string> OneLine = Line.Select(l => l.Replace("\n", "", StringComparison.Ordinal));

    private static readonly Gen<string> Marker = Gen.OneOf(Gen.Const(""), Gen.OneOf("一、", "（一）", "一是", "1.", "First,", "Section 2", "`x`", "a`b"));

    private static Gen<OutlineNode> Node(int depth) =>
        Gen.Select(Marker, Gen.OneOf(OneLine, Text), Text, Gen.OneOf(OneLine, Text).Array[0, 4], Gen.OneOf(Gen.Const(""), OneLine), Gen.Bool, OneLine.Array[0, 2], Gen.Int[0, 20])
            .SelectMany(t => (depth >= 3 ? Gen.Const(Array.Empty<OutlineNode>()) : Node(depth + 1).Array[0, 3]).Select(children =>
            {
                var (marker, heading, text, bullets, style, keepBody, emphasized, titleLength) = t;
                // A slide title is the heading, or (a long sentence titled by its first clause) the start of it.
                var title = titleLength < heading.Length ? heading[..titleLength] : heading;
                var node = new OutlineNode
                {
                    Marker = marker,
                    Heading = heading,
                    Title = title,
                    OwnText = text,
                    Body = keepBody ? OutlinePoints.DeriveBody(marker, title, text) : heading + "\n" + text,
                    Style = style.Length > 0 ? style : OutlinePoints.DefaultStyle(marker, heading),
                    Level = depth,
                };
                node.Bullets.AddRange(bullets);
                node.Emphasized.AddRange(emphasized);
                node.Children.AddRange(children);
                return node;
            }));

    private static readonly Gen<Outline> Outlines =
        Gen.Select(OneLine, Gen.OneOf(Gen.Const((string?)null), Text.Select(t => (string?)t)), Text, Text, Node(1).Array[0, 4], Gen.OneOf("zh", "en", "mixed"))
            .Select(t =>
            {
                var outline = new Outline { Title = t.Item1, Subtitle = t.Item2, Opening = t.Item3, Closing = t.Item4, Language = t.Item6, Salutation = t.Item2 };
                outline.Sections.AddRange(t.Item5);
                return outline;
            });

    [Fact]
    public void Any_outline_reads_back_from_its_file_exactly()
    {
        Outlines.Sample(outline =>
        {
            var expected = Describe(outline);
            Assert.Equal(expected, Describe(RoundTrip.Read(OutlineMarkdown.Write(outline)).Outline));
            Assert.Equal(expected, Describe(RoundTrip.Read(OutlineFileJson.Write(outline), "any.json").Outline));
        }, iter: Iterations * 5, time: Seconds);
    }

    /// <summary>Everything of an outline that a deck is made from; lines only as which points share the line before.</summary>
    internal static string Describe(Outline outline)
    {
        var text = new StringBuilder();
        text.AppendLine($"{Q(outline.Title)} {Q(outline.Subtitle)} {Q(outline.Speaker)} {Q(outline.Occasion)} {Q(outline.Date)} {outline.Language} {outline.AnnouncedCount}");
        text.AppendLine($"{Q(outline.Salutation)} {Q(outline.Opening)} {Q(outline.Closing)}");
        void Node(OutlineNode node, OutlineNode? previous)
        {
            text.AppendLine($"{node.Level} {Q(node.Marker)} {Q(node.Heading)} {Q(node.Title)} {Q(node.Body)} {Q(node.OwnText)} {Q(node.Style)} inline={previous is not null && node.Line > 0 && previous.Line == node.Line}");
            text.AppendLine("  bullets " + string.Join(" ", node.Bullets.Select(Q)) + " emphasized " + string.Join(" ", node.Emphasized.Select(Q)));
            text.AppendLine("  images " + string.Join(" ", node.Images.Select(i => i.Name + ":" + i.ContentType + ":" + Convert.ToBase64String(i.Bytes))));
            OutlineNode? last = null;
            foreach (var child in node.Children) { Node(child, last); last = child; }
        }
        OutlineNode? before = null;
        foreach (var section in outline.Sections) { Node(section, before); before = section; }
        return text.ToString();
    }

    private static string Q(string? text) => text is null ? "null" : System.Text.Json.JsonSerializer.Serialize(text);
}
