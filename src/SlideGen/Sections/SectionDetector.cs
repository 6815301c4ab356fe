using SlideGen.Reading;

namespace SlideGen.Sections;

public static class SectionDetector
{
    public static Outline Detect(SourceDocument document) => new() { SourcePath = document.Path };
}
