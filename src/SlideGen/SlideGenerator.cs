using SlideGen.Cleaning;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.KeyPhrases;
using SlideGen.Outlines;
using SlideGen.Planning;
using SlideGen.Reading;
using SlideGen.Sections;
using SlideGen.Writing;

namespace SlideGen;

/// <summary>Options of one conversion; the same options and input give byte-identical decks.</summary>
public sealed class ConvertOptions
{
    /// <summary>Overrides detection by extension and content.</summary>
    public InputFormat? From { get; init; }
    /// <summary>A built-in template's name or a template folder; null for the default.</summary>
    public string? Template { get; init; }
    /// <summary>A deck whose masters and layouts are used with the template's plan.</summary>
    public string? ReferenceDeck { get; init; }
    /// <summary>Date written into the deck's properties; SOURCE_DATE_EPOCH or a fixed date when null.</summary>
    public DateTimeOffset? Date { get; init; }
    /// <summary>The encoding of a text or Markdown input (utf-8, utf-16, gb18030, big5, …); null to detect it.</summary>
    public string? Encoding { get; init; }
    /// <summary>The minutes the talk has (--minutes): the deck is made about a slide a minute, deeper levels folded into bullets first.</summary>
    public double? Minutes { get; init; }
    /// <summary>About how many slides the deck should have (--slides).</summary>
    public int? Slides { get; init; }
}

public sealed record ConversionResult(string OutputPath, Outline Outline, Deck Deck);

/// <summary>
/// The one entry point over the pipeline: read -> clean -> detect sections -> extract key phrases
/// -> plan (Scriban) -> fit -> write (OpenXml).
/// </summary>
public static class SlideGenerator
{
    public static SourceDocument Read(string path, InputFormat? from = null, string? encoding = null)
    {
        return DocumentLoader.Load(UserFiles.ReadAllBytes(path), path, from, encoding);
    }

    public static Outline BuildOutline(SourceDocument document)
    {
        var outline = SectionDetector.Detect(TextCleaner.Clean(document));
        KeyPhraseExtractor.Fill(outline);
        return outline;
    }

    public static Outline BuildOutline(string path, InputFormat? from = null) => BuildOutline(Read(path, from));

    public static Deck PlanDeck(Outline outline, ConvertOptions options)
    {
        var template = TemplateCatalog.Resolve(options.Template);
        Deck deck;
        DeckSizing sizing;
        try
        {
            var request = new DeckRequest { Minutes = options.Minutes, Slides = options.Slides };
            deck = DeckPlanner.Plan(ParagraphSections.ForPlanning(outline), template, PlanLimits.Default, request, out sizing);
        }
        catch (SlideGenException e) when (e.ExitCode == ExitCodes.TemplateError && IsBuiltIn(template))
        {
            // A built-in template that fails on a document (too many slides, a huge paragraph) fails because of the
            // document: name it, and keep the template's position for whoever maintains the template.
            throw new SlideGenException(new SourcePosition(outline.SourcePath), $"the built-in template '{template.Name}' cannot plan this document: {e.Problem} (at {e.Position})", ExitCodes.TemplateError, e);
        }
        if (options.ReferenceDeck is not null)
            deck.Theme.ReferenceDeckPath = Path.GetFullPath(options.ReferenceDeck);
        deck.Created = options.Date ?? DateFromEnvironment() ?? DeckDefaults.Epoch;
        DeckFitter.Fit(deck);
        outline.Warnings.AddRange(DeckWarnings.Of(deck, sizing, outline.SourcePath));
        return deck;
    }

    public static byte[] WriteDeck(Deck deck)
    {
        using var buffer = new MemoryStream();
        PptxWriter.Write(deck, buffer);
        return buffer.ToArray();
    }

    /// <summary>Converts a document to a deck at <paramref name="outputPath"/>; the file appears whole or not at all.</summary>
    public static ConversionResult Convert(SourceDocument document, string outputPath, ConvertOptions options)
    {
        var outline = BuildOutline(document);
        var deck = PlanDeck(outline, options);
        SafeFile.Write(outputPath, stream => PptxWriter.Write(deck, stream), document.Path);
        return new ConversionResult(outputPath, outline, deck);
    }

    /// <summary>Converts a document, or an outline file (outline --format md|json) as it stands, to a deck.</summary>
    public static ConversionResult Convert(string inputPath, string outputPath, ConvertOptions options) =>
        Convert(UserFiles.ReadAllBytes(inputPath), inputPath, outputPath, options);

    /// <summary>Converts the bytes of an input named <paramref name="inputPath"/>: an outline file, or else a document.</summary>
    public static ConversionResult Convert(byte[] input, string inputPath, string outputPath, ConvertOptions options) =>
        OutlineFiles.TryRead(input, inputPath, options.From) is { } file
            ? Convert(file, outputPath, options)
            : Convert(DocumentLoader.Load(input, inputPath, options.From, options.Encoding), outputPath, options);

    /// <summary>
    /// Plans and writes the outline an outline file states, without detecting structure or extracting key phrases again;
    /// the file's options apply where <paramref name="options"/> does not give its own.
    /// </summary>
    public static ConversionResult Convert(OutlineFile file, string outputPath, ConvertOptions options)
    {
        var deck = PlanDeck(file.Outline, WithFileOptions(options, file.Options, file.Outline.SourcePath));
        SafeFile.Write(outputPath, stream => PptxWriter.Write(deck, stream), file.Outline.SourcePath);
        return new ConversionResult(outputPath, file.Outline, deck);
    }

    /// <summary>The outline of an input: an outline file's as it stands (with its options), a document's as detected.</summary>
    public static OutlineFile LoadOutline(byte[] input, string inputPath, InputFormat? from = null, string? encoding = null) =>
        OutlineFiles.TryRead(input, inputPath, from)
        ?? new OutlineFile(BuildOutline(DocumentLoader.Load(input, inputPath, from, encoding)), OutlineOptions.None);

    /// <summary>The command line's options, then the outline file's: --minutes or --slides given replace both of the file's.</summary>
    private static ConvertOptions WithFileOptions(ConvertOptions options, OutlineOptions file, string filePath)
    {
        var sized = options.Minutes is not null || options.Slides is not null;
        return new ConvertOptions
        {
            From = options.From,
            Template = options.Template ?? TemplateBeside(file.Template, filePath),
            ReferenceDeck = options.ReferenceDeck,
            Date = options.Date ?? file.Date,
            Encoding = options.Encoding,
            Minutes = sized ? options.Minutes : file.Minutes,
            Slides = sized ? options.Slides : file.Slides,
        };
    }

    /// <summary>A template folder an outline file names is found beside the file first, wherever convert runs.</summary>
    private static string? TemplateBeside(string? template, string filePath)
    {
        if (template is null || Path.IsPathRooted(template) || TemplateCatalog.BuiltinNames().Contains(template) || !File.Exists(filePath)) return template;
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(filePath))!, template);
        return Directory.Exists(beside) ? beside : template;
    }

    private static bool IsBuiltIn(Template template) =>
        Path.GetFullPath(template.FolderPath).StartsWith(Path.GetFullPath(TemplateCatalog.BuiltinRoot()) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>SOURCE_DATE_EPOCH, the reproducible-builds convention, when set to seconds since 1970.</summary>
    private static DateTimeOffset? DateFromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
