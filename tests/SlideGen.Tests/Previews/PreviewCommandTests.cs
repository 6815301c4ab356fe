using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Cli;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Previews;
using SlideGen.Tests.EndToEnd;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Previews;

/// <summary><c>slidegen preview</c> and <c>convert --preview</c> as a user runs them, on real decks and real LibreOffice.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slidegen-preview-test-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private string ConvertExample(string example = "party-branch-speech.txt", string template = "default")
    {
        var deck = Path.Combine(_output, Path.GetFileNameWithoutExtension(example) + ".pptx");
        Assert.Equal(0, CommandLine.Run(["convert", Path.Combine(RepositoryPaths.Examples, example), "-t", template, "-o", deck], TextWriter.Null, TextWriter.Null));
        return deck;
    }

    private string SmallDeck(int slides = 2)
    {
        var deck = new Deck { Title = "预览" };
        for (var i = 0; i < slides; i++)
            deck.Slides.Add(new Slide { Kind = SlideKind.Content, Title = $"第{i + 1}页" });
        var path = Path.Combine(_output, "small.pptx");
        File.WriteAllBytes(path, SlideGenerator.WriteDeck(deck));
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [LibreOfficeFact]
    public void Preview_draws_the_chosen_slides_in_a_grid_and_one_picture_each()
    {
        var deck = ConvertExample();
        var sheet = Path.Combine(_output, "sheet.png");
        var each = Path.Combine(_output, "slides");

        var (exit, stdout, stderr) = Run("preview", deck, "-o", sheet, "--slides", "2-6", "--columns", "2", "--width", "160", "--each", each);

        Assert.True(exit == 0, stderr);
        Assert.Contains("sheet.png: 5 slides", stdout, StringComparison.Ordinal);
        Assert.Equal(["slide-02.png", "slide-03.png", "slide-04.png", "slide-05.png", "slide-06.png"],
            Directory.GetFiles(each).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var image = Image.Load<Rgb24>(sheet);
        // 16:9 slides drawn 160 pixels wide are 90 high; five in two columns make three rows.
        var layout = ContactSheet.Layout(5, 2, 160, 90);
        Assert.Equal((layout.Width, layout.Height), (image.Width, image.Height));
        for (var i = 0; i < 5; i++)
        {
            using var slide = Image.Load<Rgb24>(Path.Combine(each, $"slide-{i + 2:D2}.png"));
            Assert.Equal((160, 90), (slide.Width, slide.Height));
            Assert.True(Colours(slide, new Rectangle(0, 0, 160, 90)) > 2, $"slide {i + 2} is blank");
            // The cell shows exactly the slide's own picture.
            var origin = layout.SlideOrigin(i);
            foreach (var (x, y) in new[] { (5, 5), (80, 20), (150, 80), (40, 60) })
                Assert.Equal(slide[x, y], image[origin.X + x, origin.Y + y]);
        }
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_output), e => Path.GetFileName(e).Contains(".tmp", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public void A_hidden_slide_is_drawn_too_so_numbers_stay_with_their_slides()
    {
        var deck = SmallDeck(3);
        using (var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(deck, true))
        {
            var presentation = document.PresentationPart!;
            var second = presentation.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>().ElementAt(1);
            ((DocumentFormat.OpenXml.Packaging.SlidePart)presentation.GetPartById(second.RelationshipId!)).Slide.Show = false;
        }
        var each = Path.Combine(_output, "each");

        var (exit, _, stderr) = Run("preview", deck, "--each", each, "--width", "64");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["slide-01.png", "slide-02.png", "slide-03.png"], Directory.GetFiles(each).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.ChangeExtension(deck, ".png")), "with only --each no sheet is written");
    }

    [LibreOfficeFact]
    public void Convert_with_preview_writes_the_sheet_beside_the_deck()
    {
        var input = Path.Combine(_output, "talk.txt");
        File.WriteAllText(input, "在工作会议上的讲话\n\n同志们：\n\n一、工作回顾\n\n今年全市经济平稳增长，各项工作扎实推进。\n\n二、明年任务\n\n扩大有效投资，激发消费活力，稳住就业。\n");
        var deck = Path.Combine(_output, "talk.pptx");

        var (exit, stdout, stderr) = Run("convert", input, "-o", deck, "--preview");

        Assert.True(exit == 0, stderr);
        var sheet = Path.Combine(_output, "talk.png");
        Assert.Contains(sheet, stdout, StringComparison.Ordinal);
        var slides = ExampleConversionTests.ReadSlides(deck).Count;
        var info = Image.Identify(sheet);
        var layout = ContactSheet.Layout(slides, null, PreviewOptions.DefaultWidth, 225);
        Assert.Equal((layout.Width, layout.Height), (info.Width, info.Height));
    }

    [Fact]
    public void Without_LibreOffice_preview_fails_with_exit_8_and_one_line_saying_what_to_install()
    {
        var deck = SmallDeck();
        var sheet = Path.Combine(_output, "sheet.png");

        var (exit, _, stderr) = Run("preview", deck, "-o", sheet, "--soffice", Path.Combine(_output, "no-libreoffice", "soffice"));

        Assert.Equal(ExitCodes.MissingProgram, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("LibreOffice was not found", stderr, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-impress", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(sheet));
    }

    [Fact]
    public void A_missing_deck_is_named_in_one_line()
    {
        var (exit, _, stderr) = Run("preview", Path.Combine(_output, "missing.pptx"));

        Assert.Equal(ExitCodes.InputNotFound, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("missing.pptx", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_deck_is_refused_before_LibreOffice_runs()
    {
        var notADeck = Path.Combine(_output, "notes.pptx");
        File.WriteAllText(notADeck, "这不是演示文稿");

        var (exit, _, stderr) = Run("preview", notADeck, "--soffice", Path.Combine(_output, "no-libreoffice"));

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("notes.pptx", stderr, StringComparison.Ordinal);
        Assert.Contains("not a readable PowerPoint deck", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Slides_past_the_end_of_the_deck_are_a_usage_error()
    {
        var (exit, _, stderr) = Run("preview", SmallDeck(2), "--slides", "2-5");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("the deck has 2 slides; --slides asks for slide 5", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_too_large_to_hold_in_memory_is_refused_before_drawing()
    {
        var (exit, _, stderr) = Run("preview", SmallDeck(40), "--width", "4000", "--soffice", Path.Combine(_output, "no-libreoffice"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("use a smaller --width or fewer --slides", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--columns", "0")]
    [InlineData("--width", "5")]
    [InlineData("--width", "wide")]
    [InlineData("--slides", "first")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var (exit, _, stderr) = Run("preview", SmallDeck(), option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    private static int Colours(Image<Rgb24> image, Rectangle area)
    {
        var seen = new HashSet<Rgb24>();
        for (var y = area.Top; y < area.Bottom; y++)
            for (var x = area.Left; x < area.Right; x++)
                seen.Add(image[x, y]);
        return seen.Count;
    }
}
