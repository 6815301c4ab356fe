using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using ScribanTemplate = Scriban.Template;

namespace SlideGen.Planning;

/// <summary>
/// Parsed deck.sbn scripts, kept so that a batch parses its template once instead of once per file.
/// A parsed Scriban template is safe to render from several threads, each with its own context; the key is the
/// script's text itself, so an edited file is parsed again, never served stale.
/// </summary>
internal static class ParsedPlans
{
    /// <summary>A batch uses one template; a long-running host that cycles through many is kept from growing without end.</summary>
    private const int MaxEntries = 16;

    private static readonly ConcurrentDictionary<(string Path, int DepthLimit, string Source), ScribanTemplate> Cache = new();

    public static ScribanTemplate Parse(string source, string shownPath, int expressionDepthLimit)
    {
        var key = (shownPath, expressionDepthLimit, source);
        if (Cache.TryGetValue(key, out var cached)) return cached;
        var parsed = ScribanTemplate.Parse(source, shownPath,
            new ParserOptions { ExpressionDepthLimit = expressionDepthLimit },
            new LexerOptions { Mode = ScriptMode.Default });
        if (parsed.HasErrors) return parsed;
        if (Cache.Count >= MaxEntries) Cache.Clear();
        return Cache.GetOrAdd(key, parsed);
    }
}
