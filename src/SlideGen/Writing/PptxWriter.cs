using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>Writes a fitted deck as a PresentationML package.</summary>
public static class PptxWriter
{
    public static void Write(Deck deck, Stream output) => throw new NotImplementedException();
}
