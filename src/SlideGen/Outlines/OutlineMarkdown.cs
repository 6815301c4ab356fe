using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>
/// An outline as Markdown a person can edit (docs/outline-format.md): front matter with the title page and the deck's
/// options, one heading per point at its level with the document's marker in backticks, the slide's bullets as a list,
/// and the point's text for the speaker notes in a <c>```notes</c> block. Same outline, same bytes.
/// </summary>
public static class OutlineMarkdown
{
    /// <summary>The front matter line that makes a Markdown file an outline file rather than a document.</summary>
    public const string Signature = "slidegen: outline 1";

    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Outline outline, OutlineOptions? options = null)
    {
        options ??= OutlineOptions.None;
        var text = new StringBuilder();
        text.Append("---\n").Append(Signature).Append('\n');
        Field(text, "title", outline.Title);
        Field(text, "subtitle", outline.Subtitle);
        Field(text, "speaker", outline.Speaker);
        Field(text, "occasion", outline.Occasion);
        Field(text, "date", outline.Date);
        text.Append("language: ").Append(outline.Language).Append('\n');
        if (outline.AnnouncedCount is { } announced) text.Append("announced: ").Append(announced.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Field(text, "salutation", outline.Salutation);
        if (!options.IsEmpty)
        {
            text.Append("options:\n");
            if (options.Template is not null) text.Append("  template: ").Append(Quote(options.Template)).Append('\n');
            if (options.Minutes is { } minutes) text.Append("  minutes: ").Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (options.Slides is { } slides) text.Append("  slides: ").Append(slides.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (options.Date is { } date) text.Append("  date: ").Append(OutlineOptions.FormatDate(date)).Append('\n');
        }
        text.Append("---\n");
        foreach (var warning in outline.Warnings) text.Append("<!-- warning: ").Append(Comment(warning)).Append(" -->\n");
        text.Append("<!-- A SlideGen outline: edit it, then `slidegen convert` this file. One heading per point (# level 1, ## level 2, ...),\n")
            .Append("     its marker in backticks; the list under a heading is the slide's bullets, kept as written; the ```notes block is\n")
            .Append("     the point's text for the speaker notes. Delete a heading to merge its point into the one before. -->\n");
        Block(text, "opening", outline.Opening);
        Points(text, outline.Sections, 1);
        Block(text, "closing", outline.Closing);
        return text.ToString();
    }

    private static void Point(StringBuilder text, OutlineNode node, int level, OutlineNode? previousSibling)
    {
        text.Append('\n').Append('#', level).Append(' ');
        if (node.Marker.Length > 0) text.Append(CodeSpan(node.Marker)).Append(' ');
        text.Append(node.Marker.Length == 0 && node.Title.Length > 0 && node.Title[0] is '`' or '\\' ? "\\" : "").Append(OneLine(node.Title)).Append('\n');

        // The heading line shows the slide's title. A title or bullet that spans lines (a paragraph break inside a heading a
        // document set) shows on one line; the comment keeps it exact, used only while the line still says the same. A
        // heading longer than its title (a sentence titled by its first clause) is kept while the title starts it.
        var meta = new JsonObject();
        if (OneLine(node.Title) != node.Title) meta["title"] = node.Title;
        if (node.Heading != node.Title) meta["heading"] = node.Heading;
        if (node.Bullets.Any(b => OneLine(b) != b)) meta["bullets"] = new JsonArray(node.Bullets.Select(b => (JsonNode?)JsonValue.Create(b)).ToArray());
        if (node.Style != OutlinePoints.DefaultStyle(node.Marker, node.Heading)) meta["style"] = node.Style;
        if (previousSibling is not null && node.Line > 0 && node.Line == previousSibling.Line) meta["inline"] = true;
        if (node.Body != OutlinePoints.DeriveBody(node.Marker, node.Title, node.OwnText)) meta["body"] = node.Body;
        if (node.Emphasized.Count > 0) meta["emphasized"] = new JsonArray(node.Emphasized.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        if (meta.Count > 0) text.Append("<!-- slidegen: ").Append(meta.ToJsonString(Json).Replace("--", "-\\u002D", StringComparison.Ordinal)).Append(" -->\n");

        if (node.Bullets.Count > 0)
        {
            text.Append('\n');
            foreach (var bullet in node.Bullets) text.Append("- ").Append(OneLine(bullet)).Append('\n');
        }
        if (node.Images.Count > 0)
        {
            text.Append('\n');
            foreach (var image in node.Images)
                text.Append("![").Append(image.Name.Replace("]", "", StringComparison.Ordinal)).Append("](data:").Append(image.ContentType)
                    .Append(";base64,").Append(Convert.ToBase64String(image.Bytes)).Append(")\n");
        }
        Block(text, "notes", node.OwnText);
        Points(text, node.Children, level + 1);
    }

    private static void Points(StringBuilder text, List<OutlineNode> nodes, int level)
    {
        for (var i = 0; i < nodes.Count; i++) Point(text, nodes[i], level, i > 0 ? nodes[i - 1] : null);
    }

    /// <summary>A fenced block longer than any run of backticks in the text, so that nothing in it can close it.</summary>
    private static void Block(StringBuilder text, string kind, string content)
    {
        if (content.Length == 0) return;
        var fence = new string('`', Math.Max(3, LongestRun(content, '`') + 1));
        text.Append('\n').Append(fence).Append(kind).Append('\n').Append(content).Append('\n').Append(fence).Append('\n');
    }

    internal static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string CodeSpan(string marker)
    {
        var ticks = new string('`', LongestRun(marker, '`') + 1);
        var pad = marker[0] is '`' or ' ' || marker[^1] is '`' or ' ' ? " " : "";
        return ticks + pad + marker + pad + ticks;
    }

    internal static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (value is not null) text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
    }

    internal static string Quote(string value) => JsonValue.Create(value).ToJsonString(Json);

    /// <summary>A comment cannot hold "--" (or "-->"); a warning is read by a person, so a space between does no harm.</summary>
    private static string Comment(string text)
    {
        text = text.ReplaceLineEndings(" ");
        while (text.Contains("--", StringComparison.Ordinal)) text = text.Replace("--", "- -", StringComparison.Ordinal);
        return text;
    }
}
