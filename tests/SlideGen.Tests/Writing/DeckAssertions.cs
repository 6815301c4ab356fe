using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SlideGen.Tests.Writing;

/// <summary>Checks shared by every test that produces a deck.</summary>
public static class DeckAssertions
{
    /// <summary>Fails, listing every error, when OpenXmlValidator finds the deck invalid.</summary>
    public static void AssertValid(string pptxPath)
    {
        using var document = PresentationDocument.Open(pptxPath, false);
        AssertValid(document);
    }

    public static void AssertValid(byte[] pptx)
    {
        using var stream = new MemoryStream(pptx, writable: false);
        using var document = PresentationDocument.Open(stream, false);
        AssertValid(document);
    }

    private static void AssertValid(PresentationDocument document)
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        var errors = validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n" + string.Join("\n", errors.Take(50)));
    }
}
