using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SlideGen.Decks;

namespace SlideGen.Planning;

/// <summary>One run of a deck plan: the slides it has made so far, and what it may use.</summary>
internal sealed class PlanContext : TemplateContext
{
    public PlanContext(ScriptObject builtins, PlanModel model, Template template, PlanLimits limits) : base(builtins)
    {
        Model = model;
        Template = template;
        Limits = limits;
    }

    public PlanModel Model { get; }
    public Template Template { get; }
    public PlanLimits Limits { get; }
    public List<Slide> Slides { get; } = [];
}

/// <summary>
/// The functions deck plans call besides Scriban's builtins, under the snake_case names templates use
/// (Slide -> slide, ZhNumber -> zh_number); <see cref="Register"/> lists them.
/// </summary>
internal static class PlanFunctions
{
    /// <summary>Adds slide, join_text, zh_number, timed, minutes_of and speaking_time to a plan's globals.</summary>
    public static void Register(ScriptObject globals)
    {
        globals["slide"] = ScriptFunction.Statement([new(typeof(object), "spec")],
            (context, arguments) => Slide(context, arguments[0]!));
        globals["join_text"] = ScriptFunction.Returning([new(typeof(object), "items"), new(typeof(string), "separator", "\n")],
            (context, arguments) => JoinText(context, arguments[0], (string)arguments[1]!));
        globals["zh_number"] = ScriptFunction.Returning([new(typeof(object), "number")],
            (context, arguments) => ZhNumber(context, arguments[0]!));
        globals["timed"] = ScriptFunction.Returning([new(typeof(object), "text")],
            (context, arguments) => Timed(context, arguments[0]));
        globals["minutes_of"] = ScriptFunction.Returning([new(typeof(object), "text")],
            (context, arguments) => MinutesOf(context, arguments[0]));
        globals["speaking_time"] = ScriptFunction.Returning([new(typeof(object), "minutes")],
            (context, arguments) => SpeakingTime(context, arguments[0]!));
    }

    /// <summary>
    /// <c>timed point.full_text</c>: the text with its speaking time on a first line (〔约 2 分钟〕, [about 2 minutes]); with
    /// --minutes, the time is the slide's share of the minutes asked for. Empty text stays empty.
    /// </summary>
    public static string Timed(TemplateContext context, object? value)
    {
        var text = value is null ? "" : (context.ObjectToString(value) ?? "").Trim();
        if (text.Length == 0) return "";
        var model = ((PlanContext)context).Model;
        var minutes = model.Sizing.Request.Rate.Minutes(text) * model.TimeScale;
        var time = Planning.SpeakingTime.Describe(minutes, model.Chinese);
        return (model.Chinese ? "〔" + time + "〕" : "[" + time + "]") + "\n" + text;
    }

    /// <summary><c>minutes_of text</c>: the minutes it takes to say (one decimal); with --minutes, its share of the minutes asked for.</summary>
    public static double MinutesOf(TemplateContext context, object? value)
    {
        var text = value is null ? "" : context.ObjectToString(value) ?? "";
        var model = ((PlanContext)context).Model;
        return Planning.SpeakingTime.Rounded(model.Sizing.Request.Rate.Minutes(text) * model.TimeScale);
    }

    /// <summary><c>speaking_time doc.speaking_minutes</c> gives "约 54 分钟" or "about 54 minutes".</summary>
    public static string SpeakingTime(TemplateContext context, object minutes)
    {
        var model = ((PlanContext)context).Model;
        return Planning.SpeakingTime.Describe(context.ToObject<double>(SpanOf(context), minutes), model.Chinese);
    }

    private static readonly string[] SlideFields = ["kind", "title", "subtitle", "bullets", "notes", "layout", "images", "first_number"];
    private static readonly string[] BulletFields = ["text", "level", "emphasis"];
    public const int MaxBulletLevel = 4;

    /// <summary><c>slide { kind: "content", title: ..., bullets: [...], notes: ... }</c> adds a slide to the deck.</summary>
    public static void Slide(TemplateContext context, object spec)
    {
        var plan = (PlanContext)context;
        if (spec is not ScriptObject fields)
            throw Error(context, "slide takes an object, e.g. slide { kind: \"content\", title: point.heading, bullets: point.bullets }");
        foreach (var key in fields.Keys)
            if (!SlideFields.Contains(key))
                throw Error(context, $"slide has no field `{key}` (fields: {string.Join(", ", SlideFields)})");
        if (plan.Slides.Count >= plan.Limits.SlideLimit)
            throw Error(context, $"the plan makes more than {plan.Limits.SlideLimit} slides (slide limit)");

        var kindName = fields.TryGetValue("kind", out var kindValue) ? kindValue as string : null;
        if (kindName is null || !Template.SlideKinds.Contains(kindName))
            throw Error(context, $"slide needs kind: one of {string.Join(", ", Template.SlideKinds.Select(k => $"\"{k}\""))}");

        var slide = new Slide
        {
            Kind = KindOf(kindName),
            Title = Text(context, fields, "title") ?? "",
            Subtitle = Text(context, fields, "subtitle") is { Length: > 0 } subtitle ? subtitle : null,
            Notes = Text(context, fields, "notes") ?? "",
            LayoutName = Text(context, fields, "layout") is { Length: > 0 } layout
                ? layout
                : plan.Template.Layouts.TryGetValue(kindName, out var templateLayout) ? templateLayout : null,
        };
        if (fields.TryGetValue("first_number", out var first) && first is not null)
        {
            var number = context.ToInt(SpanOf(context), first);
            if (number is < 1 or > 9999) throw Error(context, $"first_number {number} is outside 1 to 9999");
            slide.FirstNumber = number;
        }
        if (fields.TryGetValue("bullets", out var bullets) && bullets is not null)
            slide.Bullets.AddRange(Bullets(context, bullets));
        if (fields.TryGetValue("images", out var images) && images is not null)
        {
            foreach (var image in Items(context, images, "slide field `images`"))
            {
                var source = plan.Model.ImageFor(image)
                    ?? throw Error(context, "images takes a point's images (point.images), not other values");
                slide.Images.Add(TemplateImages.FromDocument(source.Image, source.Position));
            }
        }
        plan.Slides.Add(slide);
    }

    /// <summary><c>join_text [doc.salutation, doc.opening] "\n"</c> joins the texts that are not empty (for notes and subtitles).</summary>
    public static string JoinText(TemplateContext context, object? items, string separator = "\n")
    {
        if (items is null) return "";
        var texts = Items(context, items, "join_text's first argument")
            .Where(item => item is not null)
            .Select(item => (context.ObjectToString(item) ?? "").Trim())
            .Where(text => text.Length > 0);
        return string.Join(separator, texts);
    }

    /// <summary><c>zh_number 12</c> gives "十二", for headings such as 第二部分.</summary>
    public static string ZhNumber(TemplateContext context, object number)
    {
        var value = context.ToInt(SpanOf(context), number);
        if (value is < 0 or > 9999) throw Error(context, $"zh_number takes 0 to 9999, not {value}");
        return ChineseNumerals.Format(value);
    }

    private static SlideKind KindOf(string name) => name switch
    {
        "title" => SlideKind.Title,
        "agenda" => SlideKind.Agenda,
        "section" => SlideKind.Section,
        "closing" => SlideKind.Closing,
        _ => SlideKind.Content,
    };

    private static string? Text(TemplateContext context, ScriptObject fields, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value is null) return null;
        return value switch
        {
            string text => text.Trim(),
            bool or int or long or double or float or decimal => context.ObjectToString(value),
            _ => throw Error(context, $"slide field `{name}` must be text, not {Describe(value)}"),
        };
    }

    /// <summary>Emphasis the author set stays emphasis on the slide, unless the plan says otherwise with { emphasis: false }.</summary>
    private static bool IsEmphasized(TemplateContext context, string bullet) =>
        context is PlanContext plan && plan.Model.Emphasized.Any(e => bullet.Contains(e, StringComparison.Ordinal));

    private static IEnumerable<Bullet> Bullets(TemplateContext context, object value)
    {
        foreach (var item in Items(context, value, "slide field `bullets`"))
        {
            switch (item)
            {
                case null:
                    continue;
                case string text:
                    if (text.Trim().Length > 0) yield return new Bullet(text.Trim(), 0, IsEmphasized(context, text));
                    break;
                case ScriptObject fields:
                    foreach (var key in fields.Keys)
                        if (!BulletFields.Contains(key))
                            throw Error(context, $"a bullet has no field `{key}` (fields: {string.Join(", ", BulletFields)})");
                    var bulletText = fields.TryGetValue("text", out var t) && t is not null ? (context.ObjectToString(t) ?? "").Trim() : "";
                    var level = fields.TryGetValue("level", out var l) && l is not null ? context.ToInt(SpanOf(context), l) : 0;
                    if (level is < 0 or > MaxBulletLevel)
                        throw Error(context, $"bullet level {level} is outside 0 to {MaxBulletLevel}");
                    var emphasis = fields.TryGetValue("emphasis", out var e) && context.ToBool(SpanOf(context), e);
                    if (bulletText.Length > 0) yield return new Bullet(bulletText, level, emphasis);
                    break;
                case bool or int or long or double or float or decimal:
                    yield return new Bullet(context.ObjectToString(item) ?? "");
                    break;
                default:
                    throw Error(context, $"a bullet must be text or {{ text: ..., level: ... }}, not {Describe(item)}");
            }
        }
    }

    private static IEnumerable<object?> Items(TemplateContext context, object value, string what)
    {
        if (value is string or ScriptObject || value is not IEnumerable items)
            throw Error(context, $"{what} must be an array, e.g. [\"first\", \"second\"]");
        return items.Cast<object?>();
    }

    private static string Describe(object value) => value switch
    {
        ScriptObject => "an object",
        IEnumerable => "an array",
        _ => "a " + value.GetType().Name,
    };

    private static Scriban.Parsing.SourceSpan SpanOf(TemplateContext context) => context.CurrentNode?.Span ?? default;

    private static ScriptRuntimeException Error(TemplateContext context, string message) => new(SpanOf(context), message);
}

/// <summary>Chinese numerals as section headings write them (一, 十二, 二十, 一百零五).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int value)
    {
        if (value < 10) return Digits[value].ToString();
        if (value < 20) return "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString());
        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var result = new System.Text.StringBuilder();
        var pendingZero = false;
        foreach (var (unit, name) in units)
        {
            var digit = value / unit % 10;
            if (digit == 0)
            {
                if (result.Length > 0) pendingZero = true;
                continue;
            }
            if (pendingZero) result.Append('零');
            pendingZero = false;
            result.Append(Digits[digit]).Append(name);
        }
        if (value % 10 != 0)
        {
            if (pendingZero) result.Append('零');
            result.Append(Digits[value % 10]);
        }
        return result.ToString();
    }
}
