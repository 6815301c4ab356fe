using SlideGen.Corpus;
using SlideGen.Outlines;
using SlideGen.Tests.Corpus;
using SlideGen.Tests.EndToEnd;

namespace SlideGen.Tests.Outlines;

/// <summary>
/// Issue 16: an outline file converted unedited gives the deck its document gives, byte for byte, for every example and
/// corpus document with every built-in template, in both forms (Markdown and JSON).
/// </summary>
public sealed class RoundTripTests
{
    public static readonly string[] Templates = ["default", "official", "dark"];

    public static TheoryData<string, string> ExamplesAndTemplates()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in RepositoryPaths.ExampleFiles())
            foreach (var template in Templates)
                data.Add(Path.GetFileName(example), template);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndTemplates))]
    public void An_unedited_outline_file_gives_the_documents_deck(string example, string template)
    {
        var path = Path.Combine(RepositoryPaths.Examples, example);

        Assert.Null(Mismatch(path, template));
    }

    [CorpusFact]
    public void An_unedited_outline_file_gives_the_documents_deck_for_every_corpus_document()
    {
        var failures = new List<string>();
        foreach (var document in CorpusDocuments.List(RealCorpus.Folder!))
            foreach (var template in Templates)
                if (Mismatch(document.InputPath, template) is { } problem) failures.Add($"{document.Name} with {template}: {problem}");

        Assert.Empty(failures);
    }

    /// <summary>The readers' fixtures: Word files with automatic numbering, and a picture (in the .md and .docx files).</summary>
    public static TheoryData<string> ReaderFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "SlideGen.Tests", "Fixtures", "Readers")).Order(StringComparer.Ordinal))
            if (Path.GetExtension(file) is ".txt" or ".md" or ".docx") data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ReaderFixtures))]
    public void An_unedited_outline_file_gives_the_documents_deck_pictures_included(string fixture)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "SlideGen.Tests", "Fixtures", "Readers", fixture);

        Assert.Null(Mismatch(path, "default"));
    }

    [Fact]
    public void A_picture_is_kept_in_the_outline_file()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "SlideGen.Tests", "Fixtures", "Readers", "report_en.md");
        var outline = RoundTrip.Detect(path);
        var image = SlideGen.Sections.SectionDetector.Flatten(outline.Sections).SelectMany(n => n.Images).First();

        var markdown = OutlineMarkdown.Write(outline);
        var read = SlideGen.Sections.SectionDetector.Flatten(RoundTrip.ReadMarkdown(markdown).Sections).SelectMany(n => n.Images).First();

        Assert.Contains($"![{image.Name}](data:{image.ContentType};base64,", markdown, StringComparison.Ordinal);
        Assert.Equal((image.Name, image.ContentType), (read.Name, read.ContentType));
        Assert.Equal(image.Bytes, read.Bytes);
    }

    [Theory]
    [MemberData(nameof(ExamplesAndTemplates))]
    public void The_outline_file_is_byte_stable_and_reads_back_to_itself(string example, string template)
    {
        _ = template;
        var path = Path.Combine(RepositoryPaths.Examples, example);
        var markdown = OutlineMarkdown.Write(RoundTrip.Detect(path));
        var json = OutlineFileJson.Write(RoundTrip.Detect(path));

        Assert.Equal(markdown, OutlineMarkdown.Write(RoundTrip.Detect(path)));
        Assert.Equal(RoundTrip.WithoutWarnings(markdown), OutlineMarkdown.Write(RoundTrip.ReadMarkdown(markdown)));
        Assert.Equal(OutlineFileJson.Write(RoundTrip.Read(json, "outline.json").Outline), OutlineFileJson.Write(RoundTrip.Read(json, "outline.json").Outline));
    }

    /// <summary>Null when the document, its Markdown outline and its JSON outline make the same deck; else which differs.</summary>
    internal static string? Mismatch(string path, string template)
    {
        var markdown = OutlineMarkdown.Write(RoundTrip.Detect(path));
        var json = OutlineFileJson.Write(RoundTrip.Detect(path));
        var expected = RoundTrip.Deck(RoundTrip.Detect(path), template);
        if (!expected.AsSpan().SequenceEqual(RoundTrip.Deck(RoundTrip.Read(markdown, "outline.md").Outline, template))) return "the Markdown outline's deck differs";
        if (!expected.AsSpan().SequenceEqual(RoundTrip.Deck(RoundTrip.Read(json, "outline.json").Outline, template))) return "the JSON outline's deck differs";
        return null;
    }
}
