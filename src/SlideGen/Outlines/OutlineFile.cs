using System.Globalization;
using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>
/// The deck options an outline file states in its front matter (<c>options:</c>); an option given on the command line
/// overrides the file's. Null where the file does not say.
/// </summary>
public sealed record OutlineOptions
{
    public string? Template { get; init; }
    public double? Minutes { get; init; }
    public int? Slides { get; init; }
    /// <summary>The date written into the deck's properties (--date), not the document's date.</summary>
    public DateTimeOffset? Date { get; init; }

    public static OutlineOptions None { get; } = new();

    public bool IsEmpty => Template is null && Minutes is null && Slides is null && Date is null;

    /// <summary>ISO dates only, as --date takes them: 03/01/2024 means March in one country and January in another.</summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmK"];

    public static bool TryParseDate(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);

    /// <summary>The date as an outline file writes it: a day alone when it is midnight UTC.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.Offset == TimeSpan.Zero && date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static bool ValidMinutes(double minutes) => minutes is >= 1 and <= 600;
    public static bool ValidSlides(int slides) => slides is >= 3 and <= 1000;
}

/// <summary>
/// An outline file read back: the outline a person checked or corrected, which is planned as it stands (no structure
/// detection, no key-phrase extraction), and the options it asks for.
/// </summary>
public sealed record OutlineFile(Outline Outline, OutlineOptions Options);

/// <summary>The two forms of an outline file.</summary>
public enum OutlineFormat { Markdown, Json }
