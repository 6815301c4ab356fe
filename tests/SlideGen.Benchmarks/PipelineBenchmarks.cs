using BenchmarkDotNet.Attributes;
using SlideGen.Cleaning;
using SlideGen.Decks;
using SlideGen.KeyPhrases;
using SlideGen.Planning;
using SlideGen.Reading;
using SlideGen.Sections;
using SlideGen.Writing;

namespace SlideGen.Benchmarks;

/// <summary>
/// Each stage of the pipeline on its own, fed by the previous stage's output prepared once in setup,
/// and the whole conversion through the facade, for every example and a ten-times longer speech.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly DateTimeOffset FixedDate = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private byte[] bytes = [];
    private string inputPath = "";
    private string outputPath = "";
    private string temporaryFolder = "";
    private SourceDocument document = null!;
    private SourceDocument cleaned = null!;
    private Outline outline = null!;
    private Template template = null!;
    private Deck deck = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => ExampleInputs.Names();

    [GlobalSetup]
    public void Setup()
    {
        temporaryFolder = Directory.CreateTempSubdirectory("slidegen-bench-").FullName;
        bytes = ExampleInputs.Bytes(Input);
        inputPath = ExampleInputs.FileFor(Input, temporaryFolder);
        outputPath = Path.Combine(temporaryFolder, "deck.pptx");
        document = DocumentLoader.Load(bytes, inputPath);
        cleaned = TextCleaner.Clean(document);
        outline = SectionDetector.Detect(cleaned);
        KeyPhraseExtractor.Fill(outline);
        template = TemplateCatalog.Resolve(null);
        deck = PlanAndFit();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(temporaryFolder, recursive: true);

    /// <summary>Decoding (encoding detection) and the format's reader, from bytes already in memory.</summary>
    [Benchmark]
    public SourceDocument Read() => DocumentLoader.Load(bytes, inputPath);

    [Benchmark]
    public SourceDocument Clean() => TextCleaner.Clean(document);

    [Benchmark]
    public Outline DetectSections() => SectionDetector.Detect(cleaned);

    /// <summary>Fill replaces every node's bullets, so running it again on the same outline is the same work.</summary>
    [Benchmark]
    public Outline ExtractKeyPhrases()
    {
        KeyPhraseExtractor.Fill(outline);
        return outline;
    }

    /// <summary>The default template's deck.sbn run by Scriban, then the fitter that sizes text to the slides.</summary>
    [Benchmark]
    public Deck Plan() => PlanAndFit();

    [Benchmark]
    public long Write()
    {
        using var output = new MemoryStream();
        PptxWriter.Write(deck, output);
        return output.Length;
    }

    /// <summary>The facade end to end: file in, template resolved, deck written to a file.</summary>
    [Benchmark]
    public ConversionResult Convert() =>
        SlideGenerator.Convert(inputPath, outputPath, new ConvertOptions { Date = FixedDate });

    private Deck PlanAndFit()
    {
        var planned = DeckPlanner.Plan(outline, template);
        planned.Created = FixedDate;
        DeckFitter.Fit(planned);
        return planned;
    }
}
