using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlideGen.Snapshots;

/// <summary>The snapshot as JSON with snake_case keys, the same facts as the text form.</summary>
internal static class DeckSnapshotJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DeckSnapshot deck)
    {
        var colors = new JsonObject();
        foreach (var color in deck.Colors) colors[color.Name] = color.Value;
        var root = new JsonObject
        {
            ["size"] = new JsonObject
            {
                ["width_emu"] = deck.WidthEmu,
                ["height_emu"] = deck.HeightEmu,
                ["width_cm"] = DeckSnapshotText.Centimetres(deck.WidthEmu),
                ["height_cm"] = DeckSnapshotText.Centimetres(deck.HeightEmu),
            },
            ["theme"] = new JsonObject
            {
                ["name"] = deck.ThemeName,
                ["colors"] = colors,
                ["fonts"] = new JsonObject
                {
                    ["major_latin"] = deck.Fonts.MajorLatin,
                    ["major_east_asian"] = deck.Fonts.MajorEastAsian,
                    ["minor_latin"] = deck.Fonts.MinorLatin,
                    ["minor_east_asian"] = deck.Fonts.MinorEastAsian,
                },
            },
            ["slides"] = Array(deck.Slides.Select(Slide)),
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Slide(SlideSnapshot slide) => new()
    {
        ["number"] = slide.Number,
        ["layout"] = slide.Layout,
        ["hidden"] = slide.Hidden,
        ["title"] = slide.Title,
        ["shapes"] = Array(slide.Shapes.Select(Shape)),
        ["notes"] = Array(slide.Notes.Select(n => JsonValue.Create(n))),
    };

    private static JsonObject Shape(ShapeSnapshot shape)
    {
        var node = new JsonObject { ["kind"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(shape.Kind.ToString()) };
        switch (shape.Kind)
        {
            case ShapeSnapshotKind.Picture when shape.Picture is { } picture:
                node["width_emu"] = picture.WidthEmu;
                node["height_emu"] = picture.HeightEmu;
                node["width_cm"] = picture.WidthEmu is { } w ? DeckSnapshotText.Centimetres(w) : null;
                node["height_cm"] = picture.HeightEmu is { } h ? DeckSnapshotText.Centimetres(h) : null;
                node["content_type"] = picture.ContentType;
                node["pixel_width"] = picture.PixelWidth;
                node["pixel_height"] = picture.PixelHeight;
                node["description"] = picture.Description;
                break;
            case ShapeSnapshotKind.Table:
                node["rows"] = Array(shape.Rows.Select(row => Array(row.Select(cell => JsonValue.Create(cell)))));
                break;
            case ShapeSnapshotKind.Chart or ShapeSnapshotKind.Other:
                break;
            default:
                node["paragraphs"] = Array(shape.Paragraphs.Select(p => new JsonObject
                {
                    ["text"] = p.Text,
                    ["level"] = p.Level,
                    ["bullet"] = p.Bullet,
                }));
                break;
        }
        return node;
    }

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());
}
