using System.Runtime.CompilerServices;
using System.Text;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

/// <summary>Runs the front end (read, clean, detect sections, extract key phrases) on texts the tests write.</summary>
internal static class Frontend
{
    public static SourceDocument Load(string text, string path = "speech.txt") =>
        DocumentLoader.Load(Encoding.UTF8.GetBytes(text), path);

    public static Outline Outline(string text, string path = "speech.txt") => SlideGenerator.BuildOutline(Load(text, path));

    public static Outline FixtureOutline(string name) => Outline(FixtureText(name), name);

    public static string FixtureText(string name) => File.ReadAllText(FixturePath(name), Encoding.UTF8);

    public static string FixturePath(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "Frontend", name));

    public static List<OutlineNode> All(Outline outline) => SectionDetector.Flatten(outline.Sections).ToList();

    public static List<OutlineNode> Leaves(Outline outline) => All(outline).Where(n => n.Children.Count == 0).ToList();

    /// <summary>"一、 1" style lines: marker and level of every node in document order, for readable assertions.</summary>
    public static List<string> MarkersWithLevels(Outline outline) => All(outline).Select(n => $"{n.Marker} {n.Level}").ToList();

    /// <summary>Everything the outline keeps of the text: opening, every point, closing.</summary>
    public static string KeptText(Outline outline) =>
        string.Join("\n", new[] { outline.Opening }.Concat(outline.Sections.Select(s => s.FullText)).Append(outline.Closing));

    /// <summary>Letters and digits only: comparisons that ignore spacing and punctuation width.</summary>
    public static string LettersOnly(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());
}
