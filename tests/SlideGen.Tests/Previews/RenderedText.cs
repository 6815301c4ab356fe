using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideGen.Tests.Previews;

/// <summary>
/// The visual check of a rendered deck: what LibreOffice drew on each page, read back with pdftotext -bbox, must be
/// exactly the text of that slide (with its bullets, list numbers and slide number), and no word may sit off the page.
/// Text that overflows its box without autofit is either clipped away or drawn off the slide; both show up here.
/// </summary>
internal static class RenderedText
{
    public sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax);

    public sealed record Page(double Width, double Height, List<Word> Words);

    /// <summary>Every difference, each naming the slide and the text; empty when the pages show the slides exactly.</summary>
    public static List<string> Problems(string deck, string pdf)
    {
        var pages = ReadPages(pdf);
        var slides = ExpectedText(deck);
        var problems = new List<string>();
        if (pages.Count != slides.Count)
            problems.Add($"the deck has {slides.Count} slides but {pages.Count} pages were drawn");
        for (var i = 0; i < Math.Min(pages.Count, slides.Count); i++)
        {
            var drawn = Compact(string.Concat(pages[i].Words.Select(w => w.Text)));
            var expected = Compact(slides[i]);
            if (drawn != expected)
                problems.Add($"slide {i + 1}: {Difference(expected, drawn)}");
            var (width, height, words) = pages[i];
            foreach (var word in words.Where(w => w.XMin < -1 || w.YMin < -1 || w.XMax > width + 1 || w.YMax > height + 1))
                problems.Add($"slide {i + 1}: '{word.Text}' is drawn outside the slide");
        }
        return problems;
    }

    /// <summary>Names the part that differs, between the longest common start and end, as a reader would look for it.</summary>
    public static string Difference(string expected, string drawn)
    {
        var start = 0;
        while (start < expected.Length && start < drawn.Length && expected[start] == drawn[start]) start++;
        var end = 0;
        while (end < expected.Length - start && end < drawn.Length - start && expected[^(end + 1)] == drawn[^(end + 1)]) end++;
        var missing = expected[start..^end];
        var extra = drawn[start..^end];
        var context = expected[Math.Max(0, start - 12)..start];
        if (extra.Length == 0)
            return $"text on the slide is not drawn: '{Short(missing)}' (after '{context}')";
        if (missing.Length == 0)
            return $"text is drawn that is not on the slide: '{Short(extra)}' (after '{context}')";
        return $"the slide says '{Short(missing)}' but the page shows '{Short(extra)}' (after '{context}')";
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..40] + "…" + text[^16..];

    public static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// The text each slide should show, in drawing order: shapes in the tree's order, each paragraph with the bullet
    /// character or list number LibreOffice draws before it, and slide-number fields as the slide's number.
    /// </summary>
    public static List<string> ExpectedText(string deck)
    {
        using var document = PresentationDocument.Open(deck, false);
        var presentation = document.PresentationPart!;
        var result = new List<string>();
        var number = 0;
        foreach (var id in presentation.Presentation.SlideIdList!.Elements<P.SlideId>())
        {
            number++;
            var slide = (SlidePart)presentation.GetPartById(id.RelationshipId!);
            var text = new StringBuilder();
            foreach (var body in slide.Slide.CommonSlideData!.ShapeTree!.Descendants<P.TextBody>())
            {
                var listNumber = 0;
                foreach (var paragraph in body.Elements<A.Paragraph>())
                {
                    var properties = paragraph.ParagraphProperties;
                    var content = string.Concat(paragraph.Elements().Select(e => e switch
                    {
                        A.Run run => run.Text?.Text ?? "",
                        A.Field field when field.Type?.Value == "slidenum" => number.ToString(CultureInfo.InvariantCulture),
                        A.Field field => field.Text?.Text ?? "",
                        A.Break => "\n",
                        _ => "",
                    }));
                    if (content.Trim().Length == 0)
                        continue;
                    if (properties?.GetFirstChild<A.CharacterBullet>() is { } bullet)
                        text.Append(bullet.Char?.Value);
                    else if (properties?.GetFirstChild<A.AutoNumberedBullet>() is { } autoNumber)
                    {
                        listNumber = listNumber == 0 ? autoNumber.StartAt?.Value ?? 1 : listNumber + 1;
                        text.Append(listNumber.ToString(CultureInfo.InvariantCulture)).Append('.');
                    }
                    text.Append(content).Append('\n');
                }
            }
            result.Add(text.ToString());
        }
        return result;
    }

    public static List<Page> ReadPages(string pdf)
    {
        var xhtml = ExternalProgram.Run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        return XDocument.Parse(xhtml).Descendants(ns + "page").Select(page => new Page(
            Number(page, "width"),
            Number(page, "height"),
            page.Elements(ns + "word")
                .Select(w => new Word(w.Value, Number(w, "xMin"), Number(w, "yMin"), Number(w, "xMax"), Number(w, "yMax")))
                .ToList())).ToList();
    }
}
