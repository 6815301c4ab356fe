using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>A layout slides can use, with the placeholders its slides fill (null when it has none).</summary>
internal sealed record LayoutTarget(IPackagePart Part, string Name, string? Type, Placeholder? Title, Placeholder? Body);

/// <summary>What the slide writer needs from a package, built-in or from a reference deck.</summary>
internal sealed class DeckParts
{
    public required IPackagePart Presentation { get; init; }
    public required IReadOnlyList<LayoutTarget> Layouts { get; init; }
    public required SlideGeometry Geometry { get; init; }
    /// <summary>Built-in decks draw their own backgrounds, rules and slide numbers; reference decks keep their look.</summary>
    public required bool IsBuiltIn { get; init; }
    public required Typesetter Typesetter { get; init; }
    /// <summary>The notes master, created on first use so that decks without notes have none.</summary>
    public required Func<IPackagePart> NotesMaster { get; init; }
    /// <summary>Relationship ids for the slides, in order, from the presentation part.</summary>
    public required IReadOnlyList<string> SlideRelationshipIds { get; init; }

    public static readonly IReadOnlyDictionary<SlideKind, string> DefaultLayoutNames = new Dictionary<SlideKind, string>
    {
        [SlideKind.Title] = "Title Slide",
        [SlideKind.Agenda] = "Title and Content",
        [SlideKind.Section] = "Section Header",
        [SlideKind.Content] = "Title and Content",
        [SlideKind.Closing] = "Title Slide",
    };

    /// <summary>The layout types PowerPoint gives the usual layouts, tried when no layout has the name.</summary>
    private static string[] TypesFor(SlideKind kind) => kind switch
    {
        SlideKind.Title or SlideKind.Closing => ["title", "ctrTitle"],
        SlideKind.Section => ["secHead", "title"],
        _ => ["obj", "tx", "twoObj"],
    };

    /// <summary>Picks a layout by the slide's layout name, then by the kind's usual name, then by layout type.</summary>
    public static LayoutTarget Choose(IReadOnlyList<LayoutTarget> layouts, Slide slide)
    {
        if (slide.LayoutName is { } name && Find(layouts, name) is { } named)
            return named;
        if (Find(layouts, DefaultLayoutNames[slide.Kind]) is { } usual)
            return usual;
        foreach (var type in TypesFor(slide.Kind))
            if (layouts.FirstOrDefault(l => string.Equals(l.Type, type, StringComparison.Ordinal)) is { } typed)
                return typed;
        return layouts.FirstOrDefault(l => l.Title is not null && l.Body is not null)
            ?? layouts.FirstOrDefault(l => l.Title is not null)
            ?? layouts[0];
    }

    private static LayoutTarget? Find(IReadOnlyList<LayoutTarget> layouts, string name) =>
        layouts.FirstOrDefault(l => string.Equals(l.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
