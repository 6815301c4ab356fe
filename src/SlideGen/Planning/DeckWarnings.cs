using System.Globalization;
using SlideGen.Decks;

namespace SlideGen.Planning;

/// <summary>What a presenter should know about the size of a planned deck: what --minutes or --slides folded, and a deck out of proportion to its talk.</summary>
public static class DeckWarnings
{
    /// <summary>Below this many minutes a talk is too short to judge its pace.</summary>
    private const double MinTalkMinutes = 3;

    public static List<string> Of(Deck deck, DeckSizing sizing, string sourcePath)
    {
        var warnings = new List<string>();
        var rate = sizing.Request.Rate;
        var total = sizing.TotalMinutes;
        var talk = sizing.Request.Minutes ?? total;
        var asked = sizing.Request.Minutes is { } m ? $"a {Number(m)}-minute talk" : sizing.Request.Slides is { } n ? $"about {n} slides" : null;
        if (asked is not null)
        {
            var what = sizing.Changes.Count == 0 ? "the outline gives that size as it is" : string.Join("; ", sizing.Changes);
            warnings.Add($"{sourcePath}: sized for {asked}: {deck.Slides.Count} slides; {what}; the notes keep the whole text");
        }
        if (total < MinTalkMinutes) return warnings;

        // A deck sized smaller on purpose (--minutes, --slides) puts much on each slide: that is what was asked.
        for (var i = 0; i < deck.Slides.Count && asked is null; i++)
        {
            var minutes = rate.Minutes(deck.Slides[i].Notes);
            if (minutes > total / 3 && deck.Slides.Count > 1)
                warnings.Add($"{sourcePath}: slide {i + 1} ({Describe(deck.Slides[i])}) holds {Number(minutes / total * 100)}% of the speech in its notes");
        }
        var content = deck.Slides.Count(s => s.Kind == SlideKind.Content);
        if (content < talk / 3)
            warnings.Add($"{sourcePath}: {content} content slide{(content == 1 ? "" : "s")} for about {Number(talk)} minutes of speech: fewer than one every three minutes");
        if (deck.Slides.Count > 2 * talk)
            warnings.Add($"{sourcePath}: {deck.Slides.Count} slides for about {Number(talk)} minutes of speech: more than two a minute");
        return warnings;
    }

    private static string Describe(Slide slide)
    {
        var title = slide.Title.Length > 20 ? slide.Title[..20] + "…" : slide.Title;
        return $"{slide.Kind.ToString().ToLowerInvariant()} slide \"{title}\"";
    }

    private static string Number(double minutes) => Math.Round(minutes).ToString(CultureInfo.InvariantCulture);
}
