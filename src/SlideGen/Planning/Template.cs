using SlideGen.Decks;

namespace SlideGen.Planning;

/// <summary>A template folder: template.json (looks), deck.sbn (plan), optional reference.pptx and images.</summary>
public sealed class Template
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required string FolderPath { get; init; }
    public required string PlanPath { get; init; }
    public DeckTheme Theme { get; init; } = new();

    public static Template Load(string folderPath) => throw new NotImplementedException();
}
