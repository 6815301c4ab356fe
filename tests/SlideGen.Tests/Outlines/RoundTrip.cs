using System.Text;
using SlideGen.Outlines;
using SlideGen.Sections;

namespace SlideGen.Tests.Outlines;

/// <summary>Decks made from a document and from its outline file, in memory, with a fixed date.</summary>
internal static class RoundTrip
{
    public static readonly DateTimeOffset Date = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Deck(Outline outline, string? template = null) =>
        SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(outline, new ConvertOptions { Template = template, Date = Date }));

    public static Outline Detect(string path) => SlideGenerator.BuildOutline(SlideGenerator.Read(path));

    public static OutlineFile Read(string text, string name = "outline.md") =>
        OutlineFiles.TryRead(Encoding.UTF8.GetBytes(text), name) ?? throw new InvalidOperationException("not read as an outline file");

    public static Outline ReadMarkdown(string markdown) => Read(markdown, "outline.md").Outline;

    /// <summary>The outline file without its warning comments, which a file read back no longer has.</summary>
    public static string WithoutWarnings(string markdown) =>
        string.Join("\n", markdown.Split('\n').Where(l => !l.StartsWith("<!-- warning: ", StringComparison.Ordinal)));
}
