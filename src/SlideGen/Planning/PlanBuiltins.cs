using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SlideGen.Planning;

/// <summary>
/// Scriban's builtin objects (array, string, math, …) for one run of a plan, each made the first time the run
/// names it. Scriban imports every builtin object by reflection, which cost the native program more than a whole
/// plan, and most plans use one or none (the built-in templates none). Every lookup by name comes through the
/// overrides below, so a plan sees the same names, values and errors as with all objects made up front.
/// </summary>
/// <remarks>
/// Each object is imported once per process and never handed to a plan: a run gets a deep copy, as it did from
/// Scriban's own <see cref="TemplateContext.GetDefaultBuiltinObject"/>, so that nothing a plan changes (a member
/// it adds to <c>string</c>, <c>date.format</c>) reaches another deck, in a batch on other threads or later.
/// </remarks>
internal sealed class PlanBuiltins : ScriptObject
{
    /// <summary>Members a plan must not reach: they read the clock, draw random numbers or run strings as templates.</summary>
    public static IReadOnlyDictionary<string, string[]> RemovedMembers { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["date"] = ["now", "utc_now"],
        ["math"] = ["random", "uuid"],
        ["object"] = ["eval", "eval_template"],
    };

    /// <summary>Scriban's builtins that read other files; they are simply not among <see cref="Originals"/>.</summary>
    public static IReadOnlyList<string> RemovedGlobals { get; } = ["include", "include_join"];

    /// <summary>Scriban's builtin objects by name (as in its BuiltinFunctions), each imported on first use.</summary>
    private static readonly Dictionary<string, Lazy<IScriptObject>> Originals = new(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["date"] = new(() => new DateTimeFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() => new MathFunctions()),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    };

    /// <summary>The names of the builtins a plan can use.</summary>
    public static IEnumerable<string> Names => Originals.Keys;

    /// <summary>Names already looked up once; a name made and then removed stays removed.</summary>
    private readonly HashSet<string> _made = new(StringComparer.Ordinal);

    // No import of this type's own static members, which a ScriptObject subclass does by default.
    public PlanBuiltins() : base(Originals.Count, autoImportStaticsFromThisType: false)
    {
    }

    public override bool Contains(string member)
    {
        MakeOnFirstUse(member);
        return base.Contains(member);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        MakeOnFirstUse(member);
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool CanWrite(string member)
    {
        MakeOnFirstUse(member);
        return base.CanWrite(member);
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        MakeOnFirstUse(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool Remove(string member)
    {
        MakeOnFirstUse(member);
        return base.Remove(member);
    }

    public override void SetReadOnly(string member, bool readOnly)
    {
        MakeOnFirstUse(member);
        base.SetReadOnly(member, readOnly);
    }

    private void MakeOnFirstUse(string? member)
    {
        if (member is null || !Originals.TryGetValue(member, out var original) || !_made.Add(member)) return;
        SetValue(member, CopyOf(member, original.Value), readOnly: false);
    }

    /// <summary>The run's own copy of a builtin object, without the members a plan must not reach.</summary>
    private static IScriptObject CopyOf(string name, IScriptObject original)
    {
        if (original is not ScriptObject) return original; // empty and blank hold nothing to change
        // Cloning a date object binds its to_string to the clone, whose format and limit the run may change.
        var copy = (ScriptObject)original.Clone(deep: true);
        if (!RemovedMembers.TryGetValue(name, out var removed)) return copy;
        var safe = new ScriptObject();
        foreach (var (member, value) in copy)
            if (!removed.Contains(member)) safe[member] = value;
        return safe;
    }
}
