using SlideGen.Diagnostics;

namespace SlideGen.Snapshots;

/// <summary>
/// What a reviewer needs to see of a deck, read from any .pptx (SlideGen's, PowerPoint's, LibreOffice's, pandoc's):
/// size, theme, and per slide its layout, title, texts, bullets with levels, pictures and notes.
/// Ids, file names of parts and dates are left out so that the text only changes when the deck does.
/// </summary>
public sealed class DeckSnapshot
{
    public required long WidthEmu { get; init; }
    public required long HeightEmu { get; init; }
    public string? ThemeName { get; init; }
    /// <summary>The theme's colour scheme in scheme order (dk1, lt1, dk2, lt2, accent1..6, hlink, folHlink), as RRGGBB.</summary>
    public required IReadOnlyList<ThemeColor> Colors { get; init; }
    public required ThemeFonts Fonts { get; init; }
    public required IReadOnlyList<SlideSnapshot> Slides { get; init; }

    /// <summary>Reads a deck file; an unreadable or non-PowerPoint file gives a <see cref="SlideGenException"/> naming it.</summary>
    public static DeckSnapshot Read(string path)
    {
        return FromBytes(UserFiles.ReadAllBytes(path), path);
    }

    private static DeckSnapshot FromBytes(byte[] bytes, string name)
    {
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') Reading.PackageScan.Check(bytes, name, kind: "deck");
        using var stream = new MemoryStream(bytes, writable: false);
        return DeckSnapshotReader.Read(stream, name);
    }

    /// <summary>Reads a deck from a stream; <paramref name="name"/> is used in error messages.</summary>
    public static DeckSnapshot Read(Stream stream, string name)
    {
        if (stream.CanSeek) return DeckSnapshotReader.Read(stream, name);
        // The zip reader needs to seek to the central directory at the end; a pipe is read whole, within the file limit.
        return FromBytes(UserFiles.ReadAll(stream, name), name);
    }

    /// <summary>The snapshot as text: LF line ends, no trailing spaces, ending with one newline.</summary>
    public string ToText() => DeckSnapshotText.Render(this);

    /// <summary>The same content as <see cref="ToText"/>, as indented JSON with snake_case keys.</summary>
    public string ToJson() => DeckSnapshotJson.Serialize(this);
}

public sealed record ThemeColor(string Name, string Value);

/// <summary>Typefaces of the theme's font scheme; empty when the theme leaves a script to the application.</summary>
public sealed record ThemeFonts(string MajorLatin, string MajorEastAsian, string MinorLatin, string MinorEastAsian);

public sealed class SlideSnapshot
{
    /// <summary>1-based position in the deck's slide order.</summary>
    public required int Number { get; init; }
    public string? Layout { get; init; }
    public bool Hidden { get; init; }
    /// <summary>Text of the title placeholder; lines of a multi-line title are joined with LF.</summary>
    public string? Title { get; init; }
    /// <summary>Every other shape with content, in drawing order (back to front), groups flattened.</summary>
    public required IReadOnlyList<ShapeSnapshot> Shapes { get; init; }
    /// <summary>Paragraphs of the notes page's body; slide images and slide numbers on the notes page are left out.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

public enum ShapeSnapshotKind
{
    /// <summary>A subtitle placeholder.</summary>
    Subtitle,
    /// <summary>A body or content placeholder: where bullets live.</summary>
    Body,
    /// <summary>A text box or shape that is not a placeholder.</summary>
    Text,
    Footer,
    Picture,
    Table,
    Chart,
    /// <summary>Any other graphic frame (SmartArt, embedded object, media).</summary>
    Other,
}

public sealed class ShapeSnapshot
{
    public required ShapeSnapshotKind Kind { get; init; }
    public IReadOnlyList<ParagraphSnapshot> Paragraphs { get; init; } = [];
    public PictureSnapshot? Picture { get; init; }
    /// <summary>Cell texts of a table, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];
}

/// <summary>One paragraph: its text, its outline level (a:pPr lvl, 0-based) and whether it shows a bullet or number.</summary>
public sealed record ParagraphSnapshot(string Text, int Level, bool Bullet);

/// <summary>A picture as placed (size in EMU) and as stored (content type, pixel size when the format tells it).</summary>
public sealed record PictureSnapshot(long? WidthEmu, long? HeightEmu, string ContentType, int? PixelWidth, int? PixelHeight, string? Description);
