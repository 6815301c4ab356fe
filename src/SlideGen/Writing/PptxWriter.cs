using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>Writes a fitted deck as a PresentationML package; the same deck always gives the same bytes.</summary>
public static class PptxWriter
{
    /// <summary>PowerPoint numbers slides from 256; lower ids are reserved.</summary>
    public const uint FirstSlideId = 256;

    public static void Write(Deck deck, Stream output)
    {
        var bytes = WriteBytes(deck);
        output.Write(bytes);
    }

    public static byte[] WriteBytes(Deck deck)
    {
        if (deck.Theme.ReferenceDeckPath is not { } reference)
            return BuiltInDeck.Write(deck);
        using var package = new MemoryStream();
        package.Write(ReferenceDeck.ReadFile(reference));
        using (var document = ReferenceDeck.Open(package, reference))
            ReferenceDeck.Write(document, deck, reference);
        return DeterministicZip.Repack(package);
    }
}
