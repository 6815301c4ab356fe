namespace SlideGen.KeyPhrases;

/// <summary>Character-bigram overlap, the measure by which two bullets say the same thing.</summary>
public static class PhraseOverlap
{
    public static bool IsNearDuplicate(string a, string b)
    {
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return true;
        return Dice(a, b) > 0.6;
    }

    public static double Dice(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in y) remaining[g] = remaining.GetValueOrDefault(g) + 1;
        var shared = 0;
        foreach (var g in x)
            if (remaining.GetValueOrDefault(g) is > 0 and var n) { shared++; remaining[g] = n - 1; }
        return 2.0 * shared / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).ToArray();
        var grams = new List<string>();
        for (var i = 0; i + 1 < letters.Length; i++) grams.Add(new string(letters, i, 2));
        return grams;
    }
}
