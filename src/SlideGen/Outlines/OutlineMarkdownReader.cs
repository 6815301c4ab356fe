using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SlideGen.Diagnostics;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Outlines;

/// <summary>
/// Reads an outline file written by <see cref="OutlineMarkdown"/>, as written or as a person edited it, into the outline
/// it states. A problem is one error naming the file and line (exit code 4, input unreadable).
/// </summary>
public static partial class OutlineMarkdownReader
{
    private static readonly string[] Keys = ["slidegen", "title", "subtitle", "speaker", "occasion", "date", "language", "announced", "salutation", "options"];
    private static readonly string[] OptionKeys = ["template", "minutes", "slides", "date"];

    /// <summary>True when the text opens with front matter that has a <c>slidegen:</c> key: an outline file, not a document.</summary>
    public static bool IsOutline(string text)
    {
        var lines = Lines(text);
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return false;
        for (var i = 1; i < lines.Length && !IsFrontMatterEnd(lines[i]); i++)
            if (lines[i].StartsWith("slidegen:", StringComparison.Ordinal)) return true;
        return false;
    }

    public static OutlineFile Read(string text, string path)
    {
        var lines = Lines(text);
        var outline = new Outline { SourcePath = path };
        var end = ReadFrontMatter(lines, path, outline, out var options);
        var points = new List<Point>();
        var stack = new List<Point>();
        Point? current = null;
        var justOpened = false;
        for (var i = end; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Trim().Length == 0) continue;
            var opensPoint = false;
            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = line.IndexOf("-->", line.IndexOf("<!--", StringComparison.Ordinal) + 4, StringComparison.Ordinal);
                if (close >= 0 && justOpened && current is not null && Meta().Match(line) is { Success: true } meta)
                    current.ReadMeta(meta.Groups["json"].Value, path, number);
                if (close < 0)
                {
                    while (++i < lines.Length && !lines[i].Contains("-->", StringComparison.Ordinal)) { }
                    if (i == lines.Length) throw Error(path, number, "a comment (<!--) that is never closed (-->)");
                }
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups["hashes"].Length;
                if (level > stack.Count + 1)
                    throw Error(path, number, stack.Count == 0
                        ? $"the first point is at level {level} ({new string('#', level)}); the first heading must be a # heading"
                        : $"the heading level jumps from {stack.Count} to {level}: a point can be at most one level below the point before it");
                stack.RemoveRange(level - 1, stack.Count - (level - 1));
                var (marker, title) = SplitHeading(heading.Groups["text"].Value, path, number);
                current = new Point(marker, title, number, level);
                (stack.Count == 0 ? points : stack[^1].Children).Add(current);
                stack.Add(current);
                opensPoint = true;
            }
            else if (Fence().Match(line) is { Success: true } fence)
            {
                var (content, last) = FencedContent(lines, i, fence.Groups["fence"].Value, path);
                var kind = fence.Groups["info"].Value;
                switch (kind)
                {
                    case "opening": outline.Opening = Join(outline.Opening, content); break;
                    case "closing": outline.Closing = Join(outline.Closing, content); break;
                    case "notes" or "":
                        if (current is null) outline.Opening = Join(outline.Opening, content);
                        else current.Notes.Add(content);
                        break;
                    default:
                        throw Error(path, number, $"a ```{kind} block: a point's text goes in a ```notes block (```opening and ```closing hold the text before the first point and after the last)");
                }
                i = last;
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                if (current is null) throw Error(path, number, "a bullet before the first point: bullets go under a point's heading");
                current.Bullets.Add(bullet.Groups["text"].Value);
            }
            else if (Image().Match(line) is { Success: true } image)
            {
                if (current is null) throw Error(path, number, "a picture before the first point: pictures go under a point's heading");
                byte[] bytes;
                try { bytes = Convert.FromBase64String(image.Groups["data"].Value); }
                catch (FormatException) { throw Error(path, number, "the picture's data is not valid base64"); }
                current.Images.Add(new SourceImage(image.Groups["name"].Value, bytes, image.Groups["type"].Value));
            }
            else
            {
                throw Error(path, number, $"text outside a ```notes block: '{Shortened(line.Trim())}'; put a point's text in its ```notes block, start a bullet with '- ', a heading with '#'");
            }
            justOpened = opensPoint;
        }
        outline.Sections.AddRange(Build(points));
        if (options.Language is null) outline.Language = Cleaning.Scripts.IsChinese(outline.Title + string.Concat(SectionDetector.Flatten(outline.Sections).Select(n => n.Heading))) ? "zh" : "en";
        return new OutlineFile(outline, options.Options);
    }

    private static List<OutlineNode> Build(List<Point> points)
    {
        var nodes = new List<OutlineNode>();
        OutlineNode? previous = null;
        foreach (var point in points)
        {
            var ownText = string.Join("\n", point.Notes);
            // The heading line is the slide's title (point.Heading holds the line as read).
            var title = point.ExactTitle is { } exact && OutlineMarkdown.OneLine(exact) == point.Heading ? exact : point.Heading;
            var heading = OutlinePoints.HeadingFor(title, point.ExactHeading);
            var node = new OutlineNode
            {
                Marker = point.Marker,
                Heading = heading,
                Title = title,
                OwnText = ownText,
                Body = point.Body is not null && point.Notes.Count <= 1 ? point.Body : OutlinePoints.DeriveBody(point.Marker, title, ownText),
                Style = point.Style ?? OutlinePoints.DefaultStyle(point.Marker, heading),
                Level = point.Level,
                Line = point.Inline && previous is not null ? previous.Line : point.Line,
            };
            node.Bullets.AddRange(point.ExactBullets is { } bullets && bullets.Select(OutlineMarkdown.OneLine).SequenceEqual(point.Bullets) ? bullets : point.Bullets);
            node.Images.AddRange(point.Images);
            node.Emphasized.AddRange(point.Emphasized);
            node.Children.AddRange(Build(point.Children));
            nodes.Add(node);
            previous = node;
        }
        return nodes;
    }

    private sealed class Point(string marker, string heading, int line, int level)
    {
        public string Marker { get; } = marker;
        public string Heading { get; } = heading;
        public int Line { get; } = line;
        public int Level { get; } = level;
        public List<string> Bullets { get; } = [];
        public List<string> Notes { get; } = [];
        public List<SourceImage> Images { get; } = [];
        public List<Point> Children { get; } = [];
        public string? Style { get; private set; }
        public string? Body { get; private set; }
        public bool Inline { get; private set; }
        public string? ExactHeading { get; private set; }
        public string? ExactTitle { get; private set; }
        public List<string>? ExactBullets { get; private set; }
        public List<string> Emphasized { get; } = [];

        public void ReadMeta(string json, string path, int line)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "style": Style = property.Value.GetString(); break;
                        case "body": Body = property.Value.GetString(); break;
                        case "inline": Inline = property.Value.GetBoolean(); break;
                        case "heading": ExactHeading = property.Value.GetString(); break;
                        case "title": ExactTitle = property.Value.GetString(); break;
                        case "bullets": ExactBullets = [.. property.Value.EnumerateArray().Select(e => e.GetString() ?? "")]; break;
                        case "emphasized": Emphasized.AddRange(property.Value.EnumerateArray().Select(e => e.GetString() ?? "")); break;
                        default: throw Error(path, line, $"unknown key '{property.Name}' in the point's slidegen comment (style, body, inline, emphasized, title, heading, bullets)");
                    }
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                throw Error(path, line, "the point's slidegen comment is not valid: " + e.Message.Split('.')[0]);
            }
        }
    }

    private static (string Marker, string Heading) SplitHeading(string text, string path, int line)
    {
        if (text.StartsWith('\\') && text.Length > 1 && text[1] is '`' or '\\') return ("", text[1..]);
        if (!text.StartsWith('`')) return ("", text);
        var ticks = 0;
        while (ticks < text.Length && text[ticks] == '`') ticks++;
        var close = text.IndexOf(new string('`', ticks), ticks, StringComparison.Ordinal);
        while (close >= 0 && close + ticks < text.Length && text[close + ticks] == '`')
            close = text.IndexOf(new string('`', ticks), close + ticks + 1, StringComparison.Ordinal);
        if (close < 0) throw Error(path, line, "the marker's backticks are not closed: write the marker as `一、` before the heading");
        var marker = text[ticks..close];
        // CommonMark: one space on each side is padding, so that a marker can start or end with a backtick.
        if (marker.Length >= 2 && marker[0] == ' ' && marker[^1] == ' ' && marker.Trim().Length > 0) marker = marker[1..^1];
        var rest = text[(close + ticks)..];
        return (marker, rest.StartsWith(' ') ? rest[1..] : rest);
    }

    private static (string Content, int LastLine) FencedContent(string[] lines, int start, string fence, string path)
    {
        for (var j = start + 1; j < lines.Length; j++)
        {
            var candidate = lines[j].TrimStart(' ');
            if (lines[j].Length - candidate.Length <= 3 && candidate.TrimEnd().Length >= fence.Length
                && candidate.TrimEnd().All(c => c == fence[0]))
                return (string.Join("\n", lines[(start + 1)..j]), j);
        }
        throw Error(path, start + 1, $"the block opened here with {fence} is never closed: end it with a line {fence}");
    }

    private sealed record FrontMatterValues(OutlineOptions Options, string? Language);

    private static int ReadFrontMatter(string[] lines, string path, Outline outline, out FrontMatterValues values)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") throw Error(path, 1, "an outline file starts with front matter: a line ---");
        var options = new OutlineOptions();
        string? language = null;
        var seen = new HashSet<string>();
        var inOptions = false;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (IsFrontMatterEnd(line))
            {
                if (!seen.Contains("slidegen")) throw Error(path, number, "the front matter has no 'slidegen: outline 1' line");
                values = new FrontMatterValues(options, language);
                return i + 1;
            }
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var indented = line.StartsWith(' ') || line.StartsWith('\t');
            var colon = line.IndexOf(':');
            if (colon < 0) throw Error(path, number, $"front matter lines are 'key: value'; this one has no colon: '{Shortened(line.Trim())}'");
            var key = line[..colon].Trim();
            var raw = line[(colon + 1)..].Trim();
            if (indented)
            {
                if (!inOptions) throw Error(path, number, $"an indented line '{Shortened(line.Trim())}' outside 'options:'");
                options = Option(options, key, raw, path, number);
                continue;
            }
            inOptions = false;
            if (!Keys.Contains(key)) throw Error(path, number, $"unknown front matter key '{key}' (known: {string.Join(", ", Keys)})");
            if (!seen.Add(key)) throw Error(path, number, $"the front matter gives '{key}' twice");
            var value = Value(raw, path, number);
            switch (key)
            {
                case "slidegen":
                    if (value != "outline 1") throw Error(path, number, $"'slidegen: {value}' is not an outline this SlideGen reads (it reads 'slidegen: outline 1')");
                    break;
                case "title": outline.Title = value ?? ""; break;
                case "subtitle": outline.Subtitle = value; break;
                case "speaker": outline.Speaker = value; break;
                case "occasion": outline.Occasion = value; break;
                case "date": outline.Date = value; break;
                case "salutation": outline.Salutation = value; break;
                case "language":
                    if (value is not ("zh" or "en" or "mixed")) throw Error(path, number, $"language '{value}' is not zh, en or mixed");
                    outline.Language = language = value;
                    break;
                case "announced":
                    if (value is null) break;
                    outline.AnnouncedCount = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 1000
                        ? count : throw Error(path, number, $"announced '{value}' is not a number of points");
                    break;
                case "options":
                    if (raw.Length > 0) throw Error(path, number, "'options:' takes its options on the indented lines below it");
                    inOptions = true;
                    break;
            }
        }
        throw Error(path, 1, "the front matter is never closed: end it with a line ---");
    }

    private static OutlineOptions Option(OutlineOptions options, string key, string raw, string path, int line)
    {
        var value = Value(raw, path, line);
        if (value is null) return options;
        switch (key)
        {
            case "template": return options with { Template = value };
            case "minutes":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && OutlineOptions.ValidMinutes(minutes)
                    ? options with { Minutes = minutes } : throw Error(path, line, $"minutes '{value}' is not a number of minutes from 1 to 600");
            case "slides":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var slides) && OutlineOptions.ValidSlides(slides)
                    ? options with { Slides = slides } : throw Error(path, line, $"slides '{value}' is not a number of slides from 3 to 1000");
            case "date":
                return OutlineOptions.TryParseDate(value, out var date)
                    ? options with { Date = date } : throw Error(path, line, $"date '{value}' is not a date (use YYYY-MM-DD)");
            default:
                throw Error(path, line, $"unknown option '{key}' (known: {string.Join(", ", OptionKeys)})");
        }
    }

    /// <summary>A front matter value: "a JSON string", 'a YAML single-quoted one', or plain text; nothing is null.</summary>
    private static string? Value(string raw, string path, int line)
    {
        if (raw.Length == 0 || raw == "~" || raw == "null") return null;
        if (raw.StartsWith('"'))
        {
            try { return System.Text.Json.Nodes.JsonNode.Parse(raw)!.GetValue<string>(); }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException) { throw Error(path, line, $"the quoted value {Shortened(raw)} is not closed or has a bad escape"); }
        }
        if (raw.StartsWith('\''))
        {
            if (raw.Length < 2 || !raw.EndsWith('\'')) throw Error(path, line, $"the quoted value {Shortened(raw)} is not closed");
            return raw[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        return raw;
    }

    private static bool IsFrontMatterEnd(string line) => line.TrimEnd() is "---" or "...";

    private static string Join(string text, string more) => text.Length == 0 ? more : more.Length == 0 ? text : text + "\n" + more;

    private static string[] Lines(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static SlideGenException Error(string path, int line, string problem) =>
        new(new SourcePosition(path, line), problem, ExitCodes.InputUnreadable);

    [GeneratedRegex(@"^(?<hashes>#+)(?:[ \t](?<text>.*))?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,})(?<info>[^`\s]*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^[-*+](?:[ \t](?<text>.*))?$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^!\[(?<name>[^\]]*)\]\(data:(?<type>[^;]+);base64,(?<data>[A-Za-z0-9+/=]*)\)\s*$")]
    private static partial Regex Image();

    [GeneratedRegex(@"^<!--\s*slidegen:\s*(?<json>\{.*\})\s*-->\s*$")]
    private static partial Regex Meta();
}
