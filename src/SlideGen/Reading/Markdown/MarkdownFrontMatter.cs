namespace SlideGen.Reading.Markdown;

/// <summary>
/// The few front-matter keys a deck uses (title, author, date), read from the YAML between --- lines.
/// Only flat scalars and lists are understood: that is what front matter holds in practice, and a full
/// YAML parser would be a dependency for three strings.
/// </summary>
internal sealed record MarkdownFrontMatter(string? Title, string? Author, string? Date)
{
    public static MarkdownFrontMatter Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line is "---" or "..." || line.TrimStart().StartsWith('#') || line.Length == 0) continue;
            var trimmed = line.TrimStart();
            if (current is not null && line.Length > trimmed.Length && trimmed.StartsWith("- "))
            {
                current.Add(Unquote(trimmed[2..]));
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                current = null;
                continue;
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            current = [];
            values[key] = current;
            if (value.StartsWith('[') && value.EndsWith(']'))
                current.AddRange(value[1..^1].Split(',').Select(Unquote).Where(v => v.Length > 0));
            else if (value.Length > 0 && value is not "|" and not ">")
                current.Add(Unquote(value));
        }
        return new MarkdownFrontMatter(
            First(values, "title"),
            Join(values, "author") ?? Join(values, "authors"),
            First(values, "date"));
    }

    private static string? First(Dictionary<string, List<string>> values, string key) =>
        values.TryGetValue(key, out var list) && list.Count > 0 ? list[0] : null;

    private static string? Join(Dictionary<string, List<string>> values, string key) =>
        values.TryGetValue(key, out var list) && list.Count > 0 ? string.Join(", ", list) : null;

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            value = value[1..^1];
        return value.Trim();
    }
}
