using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlideGen.Planning;

namespace SlideGen.Sections;

/// <summary>The outline as JSON: title, language, speaking time, warnings, sections (marker, heading, minutes, bullets, children).</summary>
public static class OutlineJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Outline outline)
    {
        var root = new JsonObject
        {
            ["title"] = outline.Title,
            ["subtitle"] = outline.Subtitle,
            ["speaker"] = outline.Speaker,
            ["occasion"] = outline.Occasion,
            ["date"] = outline.Date,
            ["language"] = outline.Language,
            ["announced_count"] = outline.AnnouncedCount,
            ["speaking_minutes"] = SpeakingTime.Rounded(OutlineTiming.Total(outline, SpeakingRate.Default)),
            ["warnings"] = new JsonArray(outline.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
            ["sections"] = Nodes(outline.Sections),
        };
        return root.ToJsonString(Options);
    }

    private static JsonArray Nodes(IEnumerable<OutlineNode> nodes) => new(nodes.Select(n => (JsonNode?)new JsonObject
    {
        ["marker"] = n.Marker,
        ["heading"] = n.Heading,
        ["line"] = n.Line,
        ["minutes"] = SpeakingTime.Rounded(SpeakingRate.Default.Minutes(n.FullText)),
        ["bullets"] = new JsonArray(n.Bullets.Select(b => (JsonNode?)JsonValue.Create(b)).ToArray()),
        ["children"] = Nodes(n.Children),
    }).ToArray());
}
