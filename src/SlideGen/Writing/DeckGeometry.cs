using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>The boxes a deck's slides will have: built in, or read from the reference deck's layouts.</summary>
public static class DeckGeometry
{
    public static SlideGeometry For(DeckTheme theme) =>
        theme.ReferenceDeckPath is { } path ? ReferenceDeck.ReadGeometry(path) : SlideGeometry.BuiltIn(theme.Size);
}
