using SlideGen.Sections;

namespace SlideGen.KeyPhrases;

public static class KeyPhraseExtractor
{
    public static void Fill(Outline outline) { }
}
