using DocumentFormat.OpenXml.Packaging;
using SlideGen.Cli;
using SlideGen.Sections;
using SlideGen.Tests.Writing;
using A = DocumentFormat.OpenXml.Drawing;

namespace SlideGen.Tests.EndToEnd;

/// <summary>
/// What a new user does first: convert a shipped example with the CLI, then open the deck.
/// Every example must give a valid deck whose slides carry the outline's points, bullets and text.
/// </summary>
public sealed class ExampleConversionTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slidegen-e2e-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.ExampleFiles()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void ShipsTwoChineseSpeechesAndAnEnglishTalk()
    {
        var outlines = RepositoryPaths.ExampleFiles().Select(f => SlideGenerator.BuildOutline(f)).ToList();
        Assert.True(outlines.Count(o => o.Language == "zh") >= 2);
        Assert.Contains(outlines, o => o.Language == "en");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Convert_GivesAValidDeckWithEveryPointOnASlideOrAsABulletOfOne(string example)
    {
        var input = Path.Combine(RepositoryPaths.Examples, example);
        var deckPath = Path.Combine(_output, Path.ChangeExtension(example, ".pptx"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", deckPath], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        DeckAssertions.AssertValid(deckPath);
        var outline = SlideGenerator.BuildOutline(input);
        var slides = ReadSlides(deckPath);

        Assert.Equal(outline.Title, slides[0].Title);
        var leaves = SectionDetector.Flatten(outline.Sections).Where(n => n.Children.Count == 0).ToList();
        Assert.NotEmpty(leaves);
        foreach (var leaf in leaves)
        {
            // A point with a slide of its own shows its key phrases; a short sub-point is a bullet of its point's slide (issue 15).
            var own = slides.FirstOrDefault(s => s.Title.StartsWith(leaf.Heading, StringComparison.Ordinal) && s.Notes.Length > 0);
            var slide = own ?? slides.FirstOrDefault(s => s.Body.Contains(leaf.Heading, StringComparison.Ordinal) && s.Notes.Contains(FirstLine(leaf.OwnText), StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"no slide titled '{leaf.Heading}' or listing it in {example}");
            if (own is not null)
            {
                foreach (var bullet in leaf.Bullets)
                    Assert.Contains(slides, s => s.Title.StartsWith(leaf.Heading, StringComparison.Ordinal) && s.Body.Contains(bullet, StringComparison.Ordinal));
                Assert.InRange(leaf.Bullets.Count, 2, SlideGen.KeyPhrases.KeyPhraseExtractor.MaxBullets);
            }
            Assert.Contains(FirstLine(leaf.OwnText), slide.Notes, StringComparison.Ordinal);
        }
        foreach (var section in outline.Sections)
            Assert.Contains(slides, s => s.Title.Contains(section.Heading, StringComparison.Ordinal) || s.Body.Contains(section.Heading, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Convert_KeepsTheWholeTextInTheSpeakerNotes(string example)
    {
        var input = Path.Combine(RepositoryPaths.Examples, example);
        var deckPath = Path.Combine(_output, "notes.pptx");
        Assert.Equal(0, CommandLine.Run(["convert", input, "-o", deckPath], TextWriter.Null, TextWriter.Null));
        var outline = SlideGenerator.BuildOutline(input);
        var notes = Normalize(string.Concat(ReadSlides(deckPath).Select(s => s.Notes)));

        var paragraphs = outline.Opening.Split('\n')
            .Concat(SectionDetector.Flatten(outline.Sections).SelectMany(n => n.OwnText.Split('\n')))
            .Concat(outline.Closing.Split('\n'))
            .Where(p => p.Trim().Length > 0);
        foreach (var paragraph in paragraphs)
            Assert.Contains(Normalize(paragraph), notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_WithoutOutputOption_WritesBesideTheInput()
    {
        var copy = Path.Combine(_output, "speech.txt");
        File.Copy(RepositoryPaths.ExampleFiles().First(f => f.EndsWith(".txt", StringComparison.Ordinal)), copy);

        Assert.Equal(0, CommandLine.Run(["convert", copy], TextWriter.Null, TextWriter.Null));

        Assert.True(File.Exists(Path.Combine(_output, "speech.pptx")));
    }

    [Fact]
    public void Convert_MissingInput_FailsWithTheFileNameAndWritesNothing()
    {
        var stderr = new StringWriter();
        var missing = Path.Combine(_output, "missing.txt");
        var deck = Path.Combine(_output, "out.pptx");

        var exit = CommandLine.Run(["convert", missing, "-o", deck], TextWriter.Null, stderr);

        Assert.Equal(Diagnostics.ExitCodes.InputNotFound, exit);
        Assert.Contains("missing.txt", stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        Assert.False(File.Exists(deck));
    }

    [Fact]
    public void Convert_WithAWordFileAsReferenceDeck_FailsWithOneLineAndWritesNothing()
    {
        var input = RepositoryPaths.ExampleFiles().First(f => f.EndsWith(".txt", StringComparison.Ordinal));
        var reference = Path.Combine(RepositoryPaths.Root, "tests", "SlideGen.Tests", "Fixtures", "Readers", "speech_zh.pandoc.docx");
        var deck = Path.Combine(_output, "out.pptx");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "--reference", reference, "-o", deck], TextWriter.Null, stderr);

        Assert.Equal(Diagnostics.ExitCodes.TemplateError, exit);
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        Assert.Contains("speech_zh.pandoc.docx", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(deck));
    }

    [Fact]
    public void Convert_RefusesToOverwriteItsInput()
    {
        var input = Path.Combine(_output, "speech.txt");
        File.Copy(RepositoryPaths.ExampleFiles().First(f => f.EndsWith(".txt", StringComparison.Ordinal)), input);
        var before = File.ReadAllBytes(input);

        var exit = CommandLine.Run(["convert", input, "-o", input], TextWriter.Null, TextWriter.Null);

        Assert.Equal(Diagnostics.ExitCodes.OutputError, exit);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Convert_TheSameInputTwice_GivesIdenticalBytes()
    {
        var input = RepositoryPaths.ExampleFiles().First();
        var first = Path.Combine(_output, "a.pptx");
        var second = Path.Combine(_output, "b.pptx");
        Assert.Equal(0, CommandLine.Run(["convert", input, "-o", first], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, CommandLine.Run(["convert", input, "-o", second], TextWriter.Null, TextWriter.Null));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [LibreOfficeTheory]
    [MemberData(nameof(Examples))]
    public void LibreOffice_RendersOnePagePerSlide(string example)
    {
        var deckPath = Path.Combine(_output, Path.ChangeExtension(example, ".pptx"));
        Assert.Equal(0, CommandLine.Run(["convert", Path.Combine(RepositoryPaths.Examples, example), "-o", deckPath], TextWriter.Null, TextWriter.Null));

        var pdf = LibreOffice.Convert(deckPath, "pdf", _output);

        Assert.Equal(ReadSlides(deckPath).Count, LibreOffice.PageCount(pdf));
    }

    internal sealed record SlideText(string Title, string Body, string Notes);

    internal static List<SlideText> ReadSlides(string deckPath)
    {
        using var document = PresentationDocument.Open(deckPath, false);
        var presentation = document.PresentationPart!;
        var result = new List<SlideText>();
        foreach (var id in presentation.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>())
        {
            var slide = (SlidePart)presentation.GetPartById(id.RelationshipId!);
            var shapes = slide.Slide.Descendants<DocumentFormat.OpenXml.Presentation.Shape>().ToList();
            string TextOf(DocumentFormat.OpenXml.Presentation.Shape s) =>
                string.Join("\n", s.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))));
            bool IsTitle(DocumentFormat.OpenXml.Presentation.Shape s) =>
                s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value is { } type
                && (type == DocumentFormat.OpenXml.Presentation.PlaceholderValues.Title || type == DocumentFormat.OpenXml.Presentation.PlaceholderValues.CenteredTitle);
            var title = shapes.FirstOrDefault(IsTitle) is { } t ? TextOf(t) : "";
            var body = string.Join("\n", shapes.Where(s => !IsTitle(s)).Select(TextOf));
            var notes = slide.NotesSlidePart is { } n
                ? string.Join("\n", n.NotesSlide.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(x => x.Text))))
                : "";
            result.Add(new SlideText(title.Replace("\n", ""), body, notes));
        }
        return result;
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    private static string Normalize(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
