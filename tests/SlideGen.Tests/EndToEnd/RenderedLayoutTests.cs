using System.Globalization;
using System.Xml.Linq;
using SlideGen.Cli;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.EndToEnd;

/// <summary>
/// Opens every example converted with every built-in template in LibreOffice and reads back where each word was drawn:
/// text that overflows its box leaves the page or lands on other text, which is what a reader of the deck would see.
/// </summary>
public sealed class RenderedLayoutTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slidegen-layout-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    public static TheoryData<string, string> ExamplesAndTemplates()
    {
        var data = new TheoryData<string, string>();
        var templates = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "templates"))
            .Where(d => File.Exists(Path.Combine(d, "template.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        foreach (var example in RepositoryPaths.ExampleFiles())
            foreach (var template in templates)
                data.Add(Path.GetFileName(example), template!);
        return data;
    }

    [LibreOfficeTheory]
    [MemberData(nameof(ExamplesAndTemplates))]
    public void Deck_is_valid_and_its_text_stays_on_the_slide_without_overlaps(string example, string template)
    {
        var deck = Path.Combine(_output, $"{Path.GetFileNameWithoutExtension(example)}-{template}.pptx");
        Assert.Equal(0, CommandLine.Run(["convert", Path.Combine(RepositoryPaths.Examples, example), "-t", template, "-o", deck], TextWriter.Null, TextWriter.Null));
        DeckAssertions.AssertValid(deck);
        var pdf = LibreOffice.Convert(deck, "pdf", _output);

        Assert.Equal(ExampleConversionTests.ReadSlides(deck).Count, ReadWords(pdf).Count);
        var problems = LayoutProblems(deck, pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        var differences = Previews.RenderedText.Problems(deck, pdf);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [LibreOfficeTheory]
    [InlineData(40)]
    public void The_check_sees_text_that_was_not_fitted(int bullets)
    {
        // Written without DeckFitter, forty bullets at the default size run off the slide: the check must say so.
        var deck = new Decks.Deck { Title = "溢出" };
        var slide = new Decks.Slide { Kind = Decks.SlideKind.Content, Title = "溢出检查" };
        for (var i = 0; i < bullets; i++) slide.Bullets.Add(new Decks.Bullet($"第{i + 1}条要点内容，用来占满整张幻灯片的正文区域"));
        deck.Slides.Add(slide);
        var path = Path.Combine(_output, "unfitted.pptx");
        File.WriteAllBytes(path, SlideGenerator.WriteDeck(deck));

        Assert.NotEmpty(LayoutProblems(path, LibreOffice.Convert(path, "pdf", _output)));
    }

    /// <summary>Text cut off at the slide's edge is not drawn at all, so every line of the slide must be found on its page.</summary>
    private static List<string> LayoutProblems(string deck, string pdf)
    {
        var pages = ReadWords(pdf);
        var slides = ExampleConversionTests.ReadSlides(deck);
        var problems = new List<string>();
        for (var p = 0; p < Math.Min(pages.Count, slides.Count); p++)
        {
            var drawn = Compact(string.Concat(pages[p].Words.Select(w => w.Text)));
            var lines = slides[p].Body.Split('\n').Append(slides[p].Title)
                .Select(Compact).Where(l => l.Length > 0 && !l.All(char.IsDigit) && !l.Contains('‹'));
            foreach (var line in lines.Where(l => !drawn.Contains(l, StringComparison.Ordinal)))
                problems.Add($"slide {p + 1}: '{line}' is not drawn whole (cut off or overflowing)");
        }
        for (var p = 0; p < pages.Count; p++)
        {
            var (width, height, words) = pages[p];
            foreach (var word in words.Where(w => w.XMin < -1 || w.YMin < -1 || w.XMax > width + 1 || w.YMax > height + 1))
                problems.Add($"slide {p + 1}: '{word.Text}' is drawn outside the slide");
            for (var i = 0; i < words.Count; i++)
                for (var j = i + 1; j < words.Count; j++)
                    if (Overlap(words[i], words[j]) > 0.4)
                        problems.Add($"slide {p + 1}: '{words[i].Text}' overlaps '{words[j].Text}'");
        }
        return problems.Distinct().ToList();
    }

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax)
    {
        public double Area => Math.Max(0, XMax - XMin) * Math.Max(0, YMax - YMin);
    }

    /// <summary>The shared area as a share of the smaller box; lines set at 1.2 touch a little, overflowing text covers.</summary>
    private static double Overlap(Word a, Word b)
    {
        var width = Math.Min(a.XMax, b.XMax) - Math.Max(a.XMin, b.XMin);
        var height = Math.Min(a.YMax, b.YMax) - Math.Max(a.YMin, b.YMin);
        if (width <= 0 || height <= 0) return 0;
        var smaller = Math.Min(a.Area, b.Area);
        return smaller <= 0 ? 0 : width * height / smaller;
    }

    private static List<(double Width, double Height, List<Word> Words)> ReadWords(string pdf)
    {
        var xhtml = ExternalProgram.Run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
        var document = XDocument.Parse(xhtml);
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        return document.Descendants(ns + "page").Select(page => (
            Number(page, "width"),
            Number(page, "height"),
            page.Elements(ns + "word")
                .Select(w => new Word(w.Value, Number(w, "xMin"), Number(w, "yMin"), Number(w, "xMax"), Number(w, "yMax")))
                .ToList())).ToList();
    }
}
