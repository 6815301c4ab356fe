namespace SlideGen.KeyPhrases;

/// <summary>Placeholder until EnglishKeyPhrases lands: the first clause of each of the first sentences.</summary>
internal static class EnglishFallback
{
    public static IEnumerable<string> Extract(string body) =>
        body.Split(". ", StringSplitOptions.RemoveEmptyEntries).Take(3).Select(s => s.Split(',')[0].Trim().TrimEnd('.')).Where(s => s.Length > 0);
}
