using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>
/// The outline as JSON (docs/outline.schema.json): what `slidegen outline --json` always printed, plus what a deck is
/// made from (each point's notes text, style, emphasis and pictures; the opening and closing; the deck's options), so
/// that `slidegen convert outline.json` makes the same deck as the document it came from.
/// </summary>
public static class OutlineFileJson
{
    public const string Signature = "outline 1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] RootKeys =
        ["slidegen", "title", "subtitle", "speaker", "occasion", "date", "language", "announced_count", "speaking_minutes", "warnings",
         "sections", "salutation", "opening", "closing", "options"];
    private static readonly string[] PointKeys = ["marker", "heading", "title", "line", "minutes", "bullets", "children", "style", "text", "body", "emphasized", "images"];
    private static readonly string[] OptionKeys = ["template", "minutes", "slides", "date"];

    public static string Write(Outline outline, OutlineOptions? options = null)
    {
        options ??= OutlineOptions.None;
        // The fields `outline --json` has always had, in their order, from the one place that writes them.
        var summary = JsonNode.Parse(OutlineJson.Serialize(outline))!.AsObject();
        var root = new JsonObject { ["slidegen"] = Signature };
        foreach (var key in summary.Select(p => p.Key).ToList())
        {
            var value = summary[key];
            summary.Remove(key);
            root[key] = value;
        }
        root["salutation"] = outline.Salutation;
        root["opening"] = outline.Opening;
        root["closing"] = outline.Closing;
        if (!options.IsEmpty)
        {
            var written = new JsonObject();
            if (options.Template is not null) written["template"] = options.Template;
            if (options.Minutes is { } minutes) written["minutes"] = minutes;
            if (options.Slides is { } slides) written["slides"] = slides;
            if (options.Date is { } date) written["date"] = OutlineOptions.FormatDate(date);
            root["options"] = written;
        }
        AddPointFields(root["sections"]!.AsArray(), outline.Sections);
        return root.ToJsonString(Options) + "\n";
    }

    private static void AddPointFields(JsonArray array, List<OutlineNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var json = array[i]!.AsObject();
            if (node.Title != node.Heading) json["title"] = node.Title;
            json["style"] = node.Style;
            json["text"] = node.OwnText;
            if (node.Body != OutlinePoints.DeriveBody(node.Marker, node.Title, node.OwnText)) json["body"] = node.Body;
            json["emphasized"] = new JsonArray(node.Emphasized.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
            if (node.Images.Count > 0)
                json["images"] = new JsonArray(node.Images.Select(image => (JsonNode?)new JsonObject
                {
                    ["name"] = image.Name,
                    ["content_type"] = image.ContentType,
                    ["data"] = Convert.ToBase64String(image.Bytes),
                }).ToArray());
            AddPointFields(json["children"]!.AsArray(), node.Children);
        }
    }

    /// <summary>True when the text is a JSON object whose "slidegen" member names an outline (checked cheaply, then by parsing).</summary>
    public static bool IsOutline(string text)
    {
        if (!text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{')) return false;
        try
        {
            using var document = JsonDocument.Parse(text.TrimStart('\uFEFF'));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("slidegen", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static OutlineFile Read(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.TrimStart('\uFEFF'));
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new SlideGenException(new SourcePosition(path, line, column), "not valid JSON: " + e.Message.Split(". ")[0].TrimEnd('.'), ExitCodes.InputUnreadable);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error(path, "$", "an outline is a JSON object");
            CheckKeys(root, RootKeys, path, "$");
            if (!root.TryGetProperty("slidegen", out var signature) || signature.ValueKind != JsonValueKind.String || signature.GetString() != Signature)
                throw Error(path, "$.slidegen", $"not an outline this SlideGen reads (it reads \"slidegen\": \"{Signature}\")");
            var outline = new Outline
            {
                SourcePath = path,
                Title = String(root, "title", path, "$") ?? "",
                Subtitle = String(root, "subtitle", path, "$"),
                Speaker = String(root, "speaker", path, "$"),
                Occasion = String(root, "occasion", path, "$"),
                Date = String(root, "date", path, "$"),
                Salutation = String(root, "salutation", path, "$"),
                Opening = String(root, "opening", path, "$") ?? "",
                Closing = String(root, "closing", path, "$") ?? "",
                Language = String(root, "language", path, "$") ?? "zh",
            };
            if (outline.Language is not ("zh" or "en" or "mixed")) throw Error(path, "$.language", $"'{outline.Language}' is not zh, en or mixed");
            if (root.TryGetProperty("announced_count", out var announced) && announced.ValueKind != JsonValueKind.Null)
                outline.AnnouncedCount = announced.TryGetInt32(out var count) && count >= 0 ? count : throw Error(path, "$.announced_count", "not a number of points");
            if (!root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array)
                throw Error(path, "$.sections", "an outline needs a \"sections\" array (it may be empty)");
            outline.Sections.AddRange(Points(sections, 1, path, "$.sections"));
            return new OutlineFile(outline, root.TryGetProperty("options", out var options) ? ReadOptions(options, path) : OutlineOptions.None);
        }
    }

    private static List<OutlineNode> Points(JsonElement array, int level, string path, string where)
    {
        var nodes = new List<OutlineNode>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{where}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object) throw Error(path, at, "a point is a JSON object");
            CheckKeys(item, PointKeys, path, at);
            var marker = String(item, "marker", path, at) ?? "";
            var heading = String(item, "heading", path, at) ?? "";
            // "title", where a slide shows less than the heading, holds while the heading still starts with it.
            var title = String(item, "title", path, at) is { } stated && heading.StartsWith(stated, StringComparison.Ordinal) ? stated : heading;
            var text = String(item, "text", path, at) ?? "";
            var node = new OutlineNode
            {
                Marker = marker,
                Heading = heading,
                Title = title,
                OwnText = text,
                Body = String(item, "body", path, at) ?? OutlinePoints.DeriveBody(marker, title, text),
                Style = String(item, "style", path, at) ?? OutlinePoints.DefaultStyle(marker, heading),
                Level = level,
                Line = item.TryGetProperty("line", out var line) && line.ValueKind != JsonValueKind.Null
                    ? line.TryGetInt32(out var number) && number >= 0 ? number : throw Error(path, at + ".line", "not a line number")
                    : 0,
            };
            node.Bullets.AddRange(Strings(item, "bullets", path, at));
            node.Emphasized.AddRange(Strings(item, "emphasized", path, at));
            if (item.TryGetProperty("images", out var images))
            {
                if (images.ValueKind != JsonValueKind.Array) throw Error(path, at + ".images", "not an array");
                var i = 0;
                foreach (var image in images.EnumerateArray())
                {
                    var imageAt = $"{at}.images[{i++}]";
                    byte[] bytes;
                    try { bytes = Convert.FromBase64String(String(image, "data", path, imageAt) ?? ""); }
                    catch (FormatException) { throw Error(path, imageAt + ".data", "not base64"); }
                    node.Images.Add(new SourceImage(String(image, "name", path, imageAt) ?? "", bytes, String(image, "content_type", path, imageAt) ?? "image/png"));
                }
            }
            if (item.TryGetProperty("children", out var children))
            {
                if (children.ValueKind != JsonValueKind.Array) throw Error(path, at + ".children", "not an array");
                node.Children.AddRange(Points(children, level + 1, path, at + ".children"));
            }
            nodes.Add(node);
        }
        return nodes;
    }

    private static OutlineOptions ReadOptions(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Error(path, "$.options", "options are a JSON object");
        foreach (var property in element.EnumerateObject())
            if (!OptionKeys.Contains(property.Name))
                throw Error(path, "$.options." + property.Name, $"unknown option '{property.Name}' (known: {string.Join(", ", OptionKeys)})");
        var options = new OutlineOptions { Template = String(element, "template", path, "$.options") };
        if (element.TryGetProperty("minutes", out var minutes))
            options = options with { Minutes = minutes.TryGetDouble(out var m) && OutlineOptions.ValidMinutes(m) ? m : throw Error(path, "$.options.minutes", "not a number of minutes from 1 to 600") };
        if (element.TryGetProperty("slides", out var slides))
            options = options with { Slides = slides.TryGetInt32(out var s) && OutlineOptions.ValidSlides(s) ? s : throw Error(path, "$.options.slides", "not a number of slides from 3 to 1000") };
        if (String(element, "date", path, "$.options") is { } date)
            options = options with { Date = OutlineOptions.TryParseDate(date, out var d) ? d : throw Error(path, "$.options.date", $"'{date}' is not a date (use YYYY-MM-DD)") };
        return options;
    }

    private static void CheckKeys(JsonElement element, string[] known, string path, string where)
    {
        foreach (var property in element.EnumerateObject())
            if (!known.Contains(property.Name))
                throw Error(path, where, $"unknown key '{property.Name}' (known: {string.Join(", ", known)})");
    }

    private static string? String(JsonElement element, string name, string path, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(path, $"{where}.{name}", "not a string");
    }

    private static List<string> Strings(JsonElement element, string name, string path, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw Error(path, $"{where}.{name}", "not an array of strings");
        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static SlideGenException Error(string path, string where, string problem) =>
        new(new SourcePosition(path), $"{where}: {problem}", ExitCodes.InputUnreadable);

}
