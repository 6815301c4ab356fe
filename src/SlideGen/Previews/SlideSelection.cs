using System.Globalization;

namespace SlideGen.Previews;

/// <summary>Which slides a preview shows, as people write page ranges in print dialogs: <c>1-5</c>, <c>2,4,7-</c>.</summary>
public sealed class SlideSelection
{
    private readonly List<(int First, int? Last)> _ranges;

    private SlideSelection(List<(int First, int? Last)> ranges) => _ranges = ranges;

    public static SlideSelection All { get; } = new([(1, null)]);

    /// <exception cref="FormatException">The text is not a list of slide numbers and ranges; the message says why.</exception>
    public static SlideSelection Parse(string text)
    {
        var ranges = new List<(int, int?)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var first = Number(dash < 0 ? part : part[..dash], text);
            int? last = dash < 0 ? first : part[(dash + 1)..].Trim().Length == 0 ? null : Number(part[(dash + 1)..], text);
            if (last < first)
                throw new FormatException($"--slides '{text}': {first}-{last} runs backwards");
            ranges.Add((first, last));
        }
        return new SlideSelection(ranges);
    }

    /// <summary>The chosen slide numbers in order, each once; numbers past the deck's end are returned so callers can name them.</summary>
    public IReadOnlyList<int> Resolve(int slideCount) =>
        _ranges.SelectMany(r => Enumerable.Range(r.First, Math.Max(0, (r.Last ?? Math.Max(slideCount, r.First)) - r.First + 1)))
            .Distinct()
            .Order()
            .ToList();

    private static int Number(string value, string text)
    {
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            return number;
        throw new FormatException($"--slides '{text}' is not a list of slide numbers from 1 (like 1-5 or 2,4,7-)");
    }
}
