namespace SlideGen.KeyPhrases;

/// <summary>Character-bigram overlap, the measure by which two bullets say the same thing.</summary>
public static class PhraseOverlap
{
    public static bool IsNearDuplicate(string a, string b)
    {
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return true;
        // 要干得快 / 要干得实: short parallel phrases share most of their pairs and still say different things.
        if (Math.Min(a.Length, b.Length) < 8) return false;
        // Dice above 0.6 needs the shorter text to be more than 0.43 of the longer one: skip the pairs when it is not.
        if (Math.Min(a.Length, b.Length) * 2.5 < Math.Max(a.Length, b.Length)) return false;
        return Dice(a, b) > 0.6;
    }

    public static double Dice(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var remaining = new Dictionary<int, int>(y.Count);
        foreach (var g in y) remaining[g] = remaining.GetValueOrDefault(g) + 1;
        var shared = 0;
        foreach (var g in x)
            if (remaining.GetValueOrDefault(g) is > 0 and var n) { shared++; remaining[g] = n - 1; }
        return 2.0 * shared / (x.Count + y.Count);
    }

    /// <summary>
    /// Pairs of neighbouring letters or digits, each packed into one number (first << 16 | second): the same pairs as
    /// two-character strings would be, without a string per pair. A letter is one UTF-16 unit (surrogates are not letters).
    /// </summary>
    private static List<int> Bigrams(string text)
    {
        var grams = new List<int>(text.Length);
        var previous = -1;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (previous >= 0) grams.Add(previous << 16 | c);
            previous = c;
        }
        return grams;
    }
}
