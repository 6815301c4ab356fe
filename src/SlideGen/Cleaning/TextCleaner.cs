using SlideGen.Reading;

namespace SlideGen.Cleaning;

public static class TextCleaner
{
    public static SourceDocument Clean(SourceDocument document) => document;
}
