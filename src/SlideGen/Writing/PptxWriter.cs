using DocumentFormat.OpenXml.Packaging;
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
        using var package = new MemoryStream();
        if (deck.Theme.ReferenceDeckPath is { } reference)
        {
            var bytes = ReferenceDeck.ReadFile(reference);
            package.Write(bytes);
            using var document = ReferenceDeck.Open(package, reference);
            ReferenceDeck.Write(document, deck, reference);
        }
        else
        {
            using var document = PresentationDocument.Create(package, DocumentFormat.OpenXml.PresentationDocumentType.Presentation);
            // The repack below compresses every part in its fixed order; compressing here too would do the work twice.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            BuiltInDeck.Write(document, deck);
        }
        return DeterministicZip.Repack(package);
    }
}
