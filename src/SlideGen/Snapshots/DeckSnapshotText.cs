using System.Globalization;
using System.Text;

namespace SlideGen.Snapshots;

/// <summary>
/// The text form of a snapshot, made for review diffs: one fact per line, slides separated by a <c>---</c> line,
/// bullets as <c>- </c> indented two spaces per level, paragraphs without a bullet as plain lines.
/// </summary>
internal static class DeckSnapshotText
{
    public static string Render(DeckSnapshot deck)
    {
        var text = new StringBuilder();
        text.Append("size: ").Append(Size(deck.WidthEmu, deck.HeightEmu)).Append('\n');
        text.Append("theme: ").Append(deck.ThemeName ?? "(none)").Append('\n');
        var accents = deck.Colors.Where(c => c.Name.StartsWith("accent", StringComparison.Ordinal)).ToList();
        var others = deck.Colors.Where(c => !c.Name.StartsWith("accent", StringComparison.Ordinal)).ToList();
        text.Append("colors: ").Append(Colors(others)).Append('\n');
        text.Append("accents: ").Append(Colors(accents)).Append('\n');
        text.Append($"major font: latin {Quote(deck.Fonts.MajorLatin)}, east asian {Quote(deck.Fonts.MajorEastAsian)}\n");
        text.Append($"minor font: latin {Quote(deck.Fonts.MinorLatin)}, east asian {Quote(deck.Fonts.MinorEastAsian)}\n");
        text.Append("slides: ").Append(deck.Slides.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var slide in deck.Slides) RenderSlide(text, slide);
        // Empty lines inside a paragraph must not keep the indentation as trailing spaces.
        return string.Join("\n", text.ToString().Split('\n').Select(line => line.TrimEnd()));
    }

    private static void RenderSlide(StringBuilder text, SlideSnapshot slide)
    {
        text.Append("\n--- slide ").Append(slide.Number.ToString(CultureInfo.InvariantCulture));
        text.Append(" · layout ").Append(slide.Layout is null ? "(none)" : Quote(slide.Layout));
        if (slide.Hidden) text.Append(" · hidden");
        text.Append('\n');
        if (slide.Title is not null) AppendText(text, "", "title: ", slide.Title);
        foreach (var shape in slide.Shapes) RenderShape(text, shape);
        if (slide.Notes.Count > 0)
        {
            text.Append("notes:\n");
            foreach (var paragraph in slide.Notes) AppendText(text, "  ", "", paragraph);
        }
    }

    private static void RenderShape(StringBuilder text, ShapeSnapshot shape)
    {
        switch (shape.Kind)
        {
            case ShapeSnapshotKind.Picture when shape.Picture is { } picture:
                text.Append("picture: ");
                text.Append(picture.WidthEmu is { } w && picture.HeightEmu is { } h ? Size(w, h) : "size from layout");
                text.Append(", ").Append(picture.ContentType);
                if (picture.PixelWidth is { } pw && picture.PixelHeight is { } ph)
                    text.Append(CultureInfo.InvariantCulture, $", {pw} x {ph} px");
                if (picture.Description is not null) text.Append(", alt ").Append(Quote(picture.Description));
                text.Append('\n');
                break;
            case ShapeSnapshotKind.Table:
                text.Append(CultureInfo.InvariantCulture, $"table: {shape.Rows.Count} rows\n");
                foreach (var row in shape.Rows)
                    AppendText(text, "  ", "", "| " + string.Join(" | ", row.Select(cell => cell.Replace("\n", " / "))) + " |");
                break;
            case ShapeSnapshotKind.Chart or ShapeSnapshotKind.Other:
                text.Append(shape.Kind == ShapeSnapshotKind.Chart ? "chart\n" : "other object\n");
                break;
            default:
                text.Append(KindLabel(shape.Kind)).Append(":\n");
                foreach (var paragraph in shape.Paragraphs)
                {
                    var indent = new string(' ', 2 + 2 * paragraph.Level);
                    AppendText(text, indent, paragraph.Bullet ? "- " : "", paragraph.Text);
                }
                break;
        }
    }

    private static string KindLabel(ShapeSnapshotKind kind) => kind switch
    {
        ShapeSnapshotKind.Subtitle => "subtitle",
        ShapeSnapshotKind.Body => "body",
        ShapeSnapshotKind.Footer => "footer",
        _ => "text",
    };

    /// <summary>Continuation lines of a multi-line paragraph line up under its first character.</summary>
    private static void AppendText(StringBuilder text, string indent, string prefix, string value)
    {
        var lines = value.Split('\n');
        text.Append(indent).Append(prefix).Append(lines[0]).Append('\n');
        var hanging = indent + new string(' ', prefix.Length);
        foreach (var line in lines.Skip(1)) text.Append(hanging).Append(line).Append('\n');
    }

    internal static string Size(long widthEmu, long heightEmu) =>
        string.Create(CultureInfo.InvariantCulture, $"{Centimetres(widthEmu):0.00} x {Centimetres(heightEmu):0.00} cm ({widthEmu} x {heightEmu} EMU)");

    internal static double Centimetres(long emu) => Math.Round(emu / 360000.0, 2);

    private static string Colors(IEnumerable<ThemeColor> colors) => string.Join(" ", colors.Select(c => $"{c.Name}={c.Value}"));

    private static string Quote(string value) => "\"" + value.Replace("\n", " / ") + "\"";
}
