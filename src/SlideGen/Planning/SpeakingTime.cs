using System.Globalization;

namespace SlideGen.Planning;

/// <summary>
/// How long a text takes to say: Chinese characters at <see cref="CharactersPerMinute"/>, other words (and numbers)
/// at <see cref="WordsPerMinute"/>, so a mixed text is timed by both. Punctuation and spaces take no time.
/// </summary>
public sealed record SpeakingRate(double CharactersPerMinute = 250, double WordsPerMinute = 150)
{
    public static SpeakingRate Default { get; } = new();

    /// <summary>Minutes to say <paramref name="text"/> at this rate.</summary>
    public double Minutes(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var (characters, words) = SpeakingTime.Count(text);
        return characters / CharactersPerMinute + words / WordsPerMinute;
    }
}

public static class SpeakingTime
{
    /// <summary>Chinese (and other CJK) characters, and runs of letters or digits outside them.</summary>
    public static (int Characters, int Words) Count(string text)
    {
        var characters = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                characters++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-')))
            {
                if (!inWord) words++;
                inWord = true;
            }
            else inWord = false;
        }
        return (characters, words);
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Minutes as the outline and notes print them: one decimal.</summary>
    public static double Rounded(double minutes) => Math.Round(minutes, 1, MidpointRounding.AwayFromZero);

    /// <summary>"约 2 分钟", "about 2 minutes": to the half minute (the minute from ten minutes on), and never "0".</summary>
    public static string Describe(double minutes, bool chinese)
    {
        var halves = minutes >= 10 ? Math.Round(minutes, MidpointRounding.AwayFromZero) * 2 : Math.Max(1, Math.Round(minutes * 2, MidpointRounding.AwayFromZero));
        var value = (halves / 2).ToString("0.#", CultureInfo.InvariantCulture);
        if (chinese) return $"约 {value} 分钟";
        return halves == 2 ? "about 1 minute" : $"about {value} minutes";
    }
}

/// <summary>Speaking time of an outline: what the speaker says, from the salutation to the closing remarks.</summary>
public static class OutlineTiming
{
    public static double Total(Sections.Outline outline, SpeakingRate rate)
    {
        var minutes = rate.Minutes(outline.Salutation) + rate.Minutes(outline.Opening) + rate.Minutes(outline.Closing);
        foreach (var section in outline.Sections) minutes += rate.Minutes(section.FullText);
        return minutes;
    }
}
