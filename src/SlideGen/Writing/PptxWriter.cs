using SlideGen.Decks;

namespace SlideGen.Writing;

/// <summary>Writes a fitted deck as a PresentationML package; the same deck always gives the same bytes.</summary>
public static class PptxWriter
{
    /// <summary>PowerPoint numbers slides from 256; lower ids are reserved.</summary>
    public const uint FirstSlideId = 256;

    public static void Write(Deck deck, Stream output)
    {
        if (deck.Theme.ReferenceDeckPath is { } reference)
            output.Write(WriteIntoReference(deck, reference));
        else
            BuiltInDeck.Write(deck, output);
    }

    public static byte[] WriteBytes(Deck deck)
    {
        using var buffer = new MemoryStream();
        Write(deck, buffer);
        return buffer.ToArray();
    }

    private static byte[] WriteIntoReference(Deck deck, string reference)
    {
        using var package = new MemoryStream();
        package.Write(ReferenceDeck.ReadFile(reference));
        using (var document = ReferenceDeck.Open(package, reference))
            ReferenceDeck.Write(document, deck, reference);
        return DeterministicZip.Repack(package);
    }
}
