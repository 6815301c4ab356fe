using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlideGen.Reading.Docx;

/// <summary>
/// Word's automatic numbering, replayed in document order: numbering.xml's abstract definitions and their
/// instances give each level a format (decimal, chineseCounting, upperRoman...), a text pattern ("%1、",
/// "（%2）", "%1.%2") and a start; counters run per list, restart below a level that advances, and restart
/// where an instance overrides the start. The result is the marker a reader of the printed page sees.
/// </summary>
internal sealed class NumberingBook
{
    private sealed record LevelDefinition(int Start, string? Format, string? Text, int? RestartAfter, bool IsLegal, string? ParagraphStyle);

    private sealed class ListDefinition
    {
        public Dictionary<int, LevelDefinition> Levels { get; } = [];
        public string? StyleLink { get; init; }
    }

    private sealed class ListInstance
    {
        public required int AbstractId { get; init; }
        public Dictionary<int, int> StartOverrides { get; } = [];
        public Dictionary<int, LevelDefinition> LevelOverrides { get; } = [];
    }

    private sealed class Counters
    {
        public int?[] Values { get; } = new int?[9];
        public int?[] PendingStarts { get; } = new int?[9];
    }

    private readonly Dictionary<int, ListDefinition> lists = [];
    private readonly Dictionary<int, ListInstance> instances = [];
    private readonly Dictionary<int, Counters> counters = [];
    private readonly HashSet<int> startedInstances = [];
    private readonly StyleBook styles;

    public NumberingBook(Numbering? numbering, StyleBook styles)
    {
        this.styles = styles;
        if (numbering is null) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not int id) continue;
            var list = new ListDefinition { StyleLink = abstractNum.NumberingStyleLink?.Val?.Value };
            foreach (var level in abstractNum.Elements<Level>())
                if (level.LevelIndex?.Value is int index) list.Levels[index] = Define(level);
            lists.TryAdd(id, list);
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not int numId || num.AbstractNumId?.Val?.Value is not int abstractId) continue;
            var instance = new ListInstance { AbstractId = abstractId };
            foreach (var levelOverride in num.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not int index) continue;
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is int start) instance.StartOverrides[index] = start;
                if (levelOverride.Level is { } level) instance.LevelOverrides[index] = Define(level);
            }
            instances.TryAdd(numId, instance);
        }
    }

    private static LevelDefinition Define(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText,
        level.LevelText?.Val?.Value,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        level.ParagraphStyleIdInLevel?.Val?.Value);

    /// <summary>Advances the counters for one numbered paragraph and returns its marker; null for bullets and unknown lists.</summary>
    public string? Next(int numId, int? requestedLevel, string? paragraphStyle, out bool isBullet)
    {
        isBullet = false;
        if (!instances.TryGetValue(numId, out var instance)) return null;
        var abstractId = ResolveStyleLink(instance.AbstractId);
        if (!lists.TryGetValue(abstractId, out var list)) return null;
        var level = Math.Clamp(requestedLevel ?? LevelForStyle(list, paragraphStyle), 0, 8);
        var definition = Definition(list, instance, level);
        if (definition is null) return null;

        if (!counters.TryGetValue(abstractId, out var state)) counters[abstractId] = state = new Counters();
        if (startedInstances.Add(numId))
        {
            // An instance that overrides its start restarts the shared list where it is first used.
            foreach (var (overridden, start) in instance.StartOverrides)
            {
                state.Values[overridden] = null;
                state.PendingStarts[overridden] = start;
            }
        }
        if (state.Values[level] is int current) state.Values[level] = current + 1;
        else
        {
            state.Values[level] = state.PendingStarts[level] ?? definition.Start;
            state.PendingStarts[level] = null;
        }
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            var restartAfter = Definition(list, instance, deeper)?.RestartAfter;
            // w:lvlRestart names the (1-based) level after which this one restarts; 0 means never.
            if (restartAfter is null || (restartAfter != 0 && level < restartAfter)) state.Values[deeper] = null;
        }

        if (definition.Format == "bullet")
        {
            isBullet = true;
            return null;
        }
        if (definition.Text is null) return null;
        var marker = new StringBuilder();
        for (var i = 0; i < definition.Text.Length; i++)
        {
            if (definition.Text[i] == '%' && i + 1 < definition.Text.Length && definition.Text[i + 1] is >= '1' and <= '9')
            {
                var referenced = definition.Text[i + 1] - '1';
                var referencedDefinition = Definition(list, instance, referenced);
                var value = state.Values[referenced] ?? state.PendingStarts[referenced] ?? referencedDefinition?.Start ?? 1;
                // isLgl: a legal-style level shows every level's number as a decimal ("1.1" under "第一章").
                var format = definition.IsLegal ? "decimal" : referencedDefinition?.Format;
                marker.Append(NumberFormats.Format(value, format));
                i++;
            }
            else marker.Append(definition.Text[i]);
        }
        var text = marker.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    private static LevelDefinition? Definition(ListDefinition list, ListInstance instance, int level) =>
        instance.LevelOverrides.GetValueOrDefault(level) ?? list.Levels.GetValueOrDefault(level);

    private static int LevelForStyle(ListDefinition list, string? paragraphStyle)
    {
        if (paragraphStyle is null) return 0;
        foreach (var (index, level) in list.Levels)
            if (level.ParagraphStyle == paragraphStyle) return index;
        return 0;
    }

    // A list defined through a numbering style (w:numStyleLink) takes its levels from the list that style names.
    private int ResolveStyleLink(int abstractId)
    {
        for (var hops = 0; hops < 4; hops++)
        {
            if (!lists.TryGetValue(abstractId, out var list) || list.StyleLink is null) return abstractId;
            if (styles.NumberingOf(list.StyleLink) is not { } linked || !instances.TryGetValue(linked.NumId, out var target)) return abstractId;
            if (target.AbstractId == abstractId) return abstractId;
            abstractId = target.AbstractId;
        }
        return abstractId;
    }
}
