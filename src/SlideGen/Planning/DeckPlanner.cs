using SlideGen.Decks;
using SlideGen.Sections;

namespace SlideGen.Planning;

/// <summary>Runs a template's deck.sbn over an outline to produce the plain deck model.</summary>
public static class DeckPlanner
{
    public static Deck Plan(Outline outline, Template template) => throw new NotImplementedException();
}
