using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SlideGen.Decks;
using SlideGen.Diagnostics;

namespace SlideGen.Planning;

/// <summary>A template folder: template.json (looks), deck.sbn (plan), optional reference.pptx and images.</summary>
public sealed class Template
{
    public const string SettingsFileName = "template.json";
    public const string PlanFileName = "deck.sbn";

    /// <summary>Larger files are refused: a template is a page of settings and a page of script.</summary>
    private const int MaxFileBytes = 1 << 20;

    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required string FolderPath { get; init; }
    public required string PlanPath { get; init; }
    public DeckTheme Theme { get; init; } = new();

    /// <summary>Layout name per slide kind ("title", "agenda", "section", "content", "closing"), used where a slide names none.</summary>
    public IReadOnlyDictionary<string, string> Layouts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>0 for "auto" (the plan chooses the slide level per point); 1 to 3: points below this level are bullets of the point above.</summary>
    public int SlideDepth { get; init; }

    /// <summary>How fast the speaker speaks, for the speaking time in notes and for sizing the deck.</summary>
    public SpeakingRate Rate { get; init; } = SpeakingRate.Default;

    /// <summary>The template's own reference deck, when template.json names one.</summary>
    public string? ReferencePath { get; init; }

    /// <summary>The slide kinds a plan can make, as templates spell them.</summary>
    public static IReadOnlyList<string> SlideKinds { get; } = ["title", "agenda", "section", "content", "closing"];

    public static Template Load(string folderPath)
    {
        var folder = Path.GetFullPath(folderPath);
        if (!Directory.Exists(folder))
            throw new SlideGenException(new SourcePosition(folderPath), "the template folder does not exist", ExitCodes.TemplateError);
        var folderPosition = new SourcePosition(folderPath);
        var settingsPath = TemplateFiles.Resolve(folder, SettingsFileName, folderPosition);
        var planPath = TemplateFiles.Resolve(folder, PlanFileName, folderPosition);
        var shownSettingsPath = Path.Combine(folderPath, SettingsFileName);
        if (!File.Exists(settingsPath))
            throw new SlideGenException(new SourcePosition(shownSettingsPath), "missing: a template folder needs template.json", ExitCodes.TemplateError);
        if (!File.Exists(planPath))
            throw new SlideGenException(new SourcePosition(Path.Combine(folderPath, PlanFileName)), "missing: a template folder needs deck.sbn", ExitCodes.TemplateError);

        var bytes = WithoutByteOrderMark(ReadLimited(settingsPath, shownSettingsPath));
        var settings = Parse(bytes, shownSettingsPath);
        return Build(settings, bytes, folder, folderPath, shownSettingsPath, planPath);
    }

    internal static byte[] ReadLimited(string path, string shownPath)
    {
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
                throw new SlideGenException(new SourcePosition(shownPath), $"the file is larger than {MaxFileBytes / 1024} KB", ExitCodes.TemplateError);
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlideGenException(new SourcePosition(shownPath), $"cannot read the file: {e.Message}", ExitCodes.TemplateError, e);
        }
    }

    private static byte[] WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    private static TemplateSettings Parse(byte[] bytes, string shownPath)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, TemplateSettingsJson.Default.TemplateSettings)
                ?? throw new SlideGenException(new SourcePosition(shownPath, 1, 1), "template.json holds null; it needs an object", ExitCodes.TemplateError);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharacterColumn(bytes, line, (int)(e.BytePositionInLine ?? 0));
            throw new SlideGenException(new SourcePosition(shownPath, line, column), JsonProblem(e), ExitCodes.TemplateError, e);
        }
    }

    /// <summary>System.Text.Json's message without its own position and path suffix, which we print in front.</summary>
    private static string JsonProblem(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = message.Replace("SlideGen.Planning.TemplateSettings", "the template settings", StringComparison.Ordinal)
            .Replace("SlideGen.Planning.", "", StringComparison.Ordinal);
        // Say it in the words of template.json, not of .NET.
        var unknown = System.Text.RegularExpressions.Regex.Match(message, @"The JSON property '(?<name>[^']+)' could not be mapped");
        if (unknown.Success) message = $"unknown key '{unknown.Groups["name"].Value}' (templates/README.md lists the keys)";
        var type = System.Text.RegularExpressions.Regex.Match(message, @"could not be converted to (?<type>[\w.]+)");
        if (type.Success)
        {
            var expected = type.Groups["type"].Value.TrimEnd('.') switch
            {
                "System.String" => "a text in quotes",
                "System.Int32" or "System.Double" or "System.Int64" => "a number",
                "System.Boolean" => "true or false",
                _ => "an object { … }",
            };
            message = $"this value should be {expected}";
        }
        if (e.Path is { Length: > 1 } path) message += $" (at {path})";
        return message.TrimEnd();
    }

    /// <summary>JsonException counts bytes in the line; editors count characters (both 1-based here).</summary>
    private static int CharacterColumn(byte[] bytes, int line, int byteInLine)
    {
        var start = 0;
        for (var current = 1; current < line && start < bytes.Length; start++)
            if (bytes[start] == (byte)'\n') current++;
        var length = Math.Clamp(byteInLine, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }

    private static Template Build(TemplateSettings settings, byte[] bytes, string folder, string shownFolder, string shownPath, string planPath)
    {
        // Each position is a scan of the file, so values that are checked ask for theirs only when they are wrong.
        SourcePosition At(params string[] path) => JsonPositions.Find(bytes, shownPath, path);

        var theme = new DeckTheme();
        var name = string.IsNullOrWhiteSpace(settings.Name) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) : settings.Name.Trim();
        theme.Name = name;
        theme.Size = settings.SlideSize switch
        {
            null or "16:9" => SlideSize.Widescreen16x9,
            "4:3" => SlideSize.Standard4x3,
            var other => throw new SlideGenException(At("slideSize"), $"slideSize '{other}' is not \"16:9\" or \"4:3\"", ExitCodes.TemplateError),
        };

        if (settings.Fonts is { } fonts)
        {
            theme.LatinFont = Font(fonts.Latin, theme.LatinFont, () => At("fonts", "latin"));
            theme.EastAsianFont = Font(fonts.EastAsian, theme.EastAsianFont, () => At("fonts", "eastAsian"));
            theme.HeadingLatinFont = Font(fonts.HeadingLatin, theme.LatinFont, () => At("fonts", "headingLatin"));
            theme.HeadingEastAsianFont = Font(fonts.HeadingEastAsian, theme.EastAsianFont, () => At("fonts", "headingEastAsian"));
        }

        if (settings.Colors is { } colors)
        {
            theme.Background = Color(colors.Background, theme.Background, () => At("colors", "background"));
            theme.Text = Color(colors.Text, theme.Text, () => At("colors", "text"));
            theme.Title = Color(colors.Title, theme.Title, () => At("colors", "title"));
            theme.Accent = Color(colors.Accent, theme.Accent, () => At("colors", "accent"));
            theme.Accent2 = Color(colors.Accent2, theme.Accent2, () => At("colors", "accent2"));
            theme.EmphasisBackground = Color(colors.EmphasisBackground, theme.EmphasisBackground, () => At("colors", "emphasisBackground"));
            theme.EmphasisText = Color(colors.EmphasisText, theme.EmphasisText, () => At("colors", "emphasisText"));
        }

        var layouts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, layout) in settings.Layouts ?? [])
        {
            if (!SlideKinds.Contains(kind))
                throw new SlideGenException(At("layouts", kind), $"'{kind}' is not a slide kind ({string.Join(", ", SlideKinds)})", ExitCodes.TemplateError);
            if (string.IsNullOrWhiteSpace(layout))
                throw new SlideGenException(At("layouts", kind), $"the layout for '{kind}' is empty", ExitCodes.TemplateError);
            layouts[kind] = layout.Trim();
        }

        if (settings.Logo is { } logo)
            theme.Logo = TemplateImages.Load(TemplateFiles.Resolve(folder, logo, At("logo")), ImageRole.Logo, At("logo"));
        if (settings.Background is { } background)
            theme.BackgroundImage = TemplateImages.Load(TemplateFiles.Resolve(folder, background, At("background")), ImageRole.Background, At("background"));

        string? reference = null;
        if (settings.Reference is { } referenceName)
        {
            reference = TemplateFiles.Resolve(folder, referenceName, At("reference"));
            if (!File.Exists(reference))
                throw new SlideGenException(At("reference"), $"the reference deck '{referenceName}' is not in the template folder", ExitCodes.TemplateError);
            theme.ReferenceDeckPath = reference;
        }

        var depth = settings.SlideDepth is not { } depthValue ? 0
            : depthValue.ValueKind == JsonValueKind.String && depthValue.GetString() == "auto" ? 0
            : depthValue.ValueKind == JsonValueKind.Number && depthValue.TryGetInt32(out var level) && level is >= 1 and <= 3 ? level
            : depthValue.ValueKind == JsonValueKind.String && depthValue.GetString() is "1" or "2" or "3" ? int.Parse(depthValue.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : throw new SlideGenException(At("slideDepth"), $"slideDepth {depthValue.GetRawText()} is not \"auto\", 1, 2 or 3", ExitCodes.TemplateError);
        var rate = SpeakingRate.Default;
        if (settings.SpeakingRate is { } speaking)
        {
            double Rate(double? value, double fallback, string key) => value switch
            {
                null => fallback,
                >= 10 and <= 2000 => value.Value,
                _ => throw new SlideGenException(At("speakingRate", key), $"{key} {value} is not a speaking rate between 10 and 2000 a minute", ExitCodes.TemplateError),
            };
            rate = new SpeakingRate(Rate(speaking.CharactersPerMinute, rate.CharactersPerMinute, "charactersPerMinute"), Rate(speaking.WordsPerMinute, rate.WordsPerMinute, "wordsPerMinute"));
        }

        return new Template
        {
            Name = name,
            SlideDepth = depth,
            Rate = rate,
            Description = settings.Description?.Trim() ?? "",
            FolderPath = folder,
            PlanPath = planPath,
            Theme = theme,
            Layouts = layouts,
            ReferencePath = reference,
        };
    }

    private static string Font(string? value, string fallback, Func<SourcePosition> position)
    {
        if (value is null) return fallback;
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 64 || trimmed.Any(char.IsControl))
            throw new SlideGenException(position(), $"'{value}' is not a font name", ExitCodes.TemplateError);
        return trimmed;
    }

    private static string Color(string? value, string fallback, Func<SourcePosition> position)
    {
        if (value is null) return fallback;
        var hex = value.Trim().TrimStart('#');
        if (hex.Length != 6 || !hex.All(Uri.IsHexDigit))
            throw new SlideGenException(position(), $"colour '{value}' is not six hex digits such as \"C00000\"", ExitCodes.TemplateError);
        return hex.ToUpperInvariant();
    }
}

/// <summary>template.json as written; names are camelCase in the file.</summary>
internal sealed class TemplateSettings
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? SlideSize { get; set; }
    public FontSettings? Fonts { get; set; }
    public ColorSettings? Colors { get; set; }
    public Dictionary<string, string>? Layouts { get; set; }
    public string? Logo { get; set; }
    public string? Background { get; set; }
    public string? Reference { get; set; }
    /// <summary>"auto", 1, 2 or 3.</summary>
    public JsonElement? SlideDepth { get; set; }
    public SpeakingRateSettings? SpeakingRate { get; set; }
}

internal sealed class SpeakingRateSettings
{
    public double? CharactersPerMinute { get; set; }
    public double? WordsPerMinute { get; set; }
}

internal sealed class FontSettings
{
    public string? Latin { get; set; }
    public string? EastAsian { get; set; }
    public string? HeadingLatin { get; set; }
    public string? HeadingEastAsian { get; set; }
}

internal sealed class ColorSettings
{
    public string? Background { get; set; }
    public string? Text { get; set; }
    public string? Title { get; set; }
    public string? Accent { get; set; }
    public string? Accent2 { get; set; }
    public string? EmphasisBackground { get; set; }
    public string? EmphasisText { get; set; }
}

/// <summary>Finds where a property's value stands in a JSON file, so that errors found after parsing still point at it.</summary>
internal static class JsonPositions
{
    /// <param name="bytes">The file without a byte order mark.</param>
    public static SourcePosition Find(byte[] bytes, string shownPath, string[] path)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<string>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (pendingName is not null && Matches(stack, pendingName, path)) return PositionAt(bytes, (int)reader.TokenStartIndex, shownPath);
                        stack.Add(pendingName ?? "");
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (pendingName is not null && Matches(stack, pendingName, path)) return PositionAt(bytes, (int)reader.TokenStartIndex, shownPath);
                        pendingName = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The file parsed once already; an unreadable tail only means we point at the file instead.
        }
        return new SourcePosition(shownPath);
    }

    private static bool Matches(List<string> stack, string name, string[] path)
    {
        // stack[0] is the root object's (empty) name.
        if (stack.Count != path.Length) return false;
        for (var i = 0; i < path.Length - 1; i++)
            if (stack[i + 1] != path[i]) return false;
        return name == path[^1];
    }

    private static SourcePosition PositionAt(byte[] bytes, int offset, string shownPath)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return new SourcePosition(shownPath, line, column);
    }
}
