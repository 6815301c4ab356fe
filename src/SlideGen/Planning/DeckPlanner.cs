using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Sections;
using ScribanTemplate = Scriban.Template;

namespace SlideGen.Planning;

/// <summary>Runs a template's deck.sbn over an outline to produce the plain deck model.</summary>
public static class DeckPlanner
{
    public static Deck Plan(Outline outline, Template template) => Plan(outline, template, PlanLimits.Default);

    public static Deck Plan(Outline outline, Template template, PlanLimits limits) => Plan(outline, template, limits, DeckRequest.Auto, out _);

    /// <summary>Plans a deck of the size <paramref name="request"/> asks for; <paramref name="sizing"/> tells how points were shown.</summary>
    public static Deck Plan(Outline outline, Template template, PlanLimits limits, DeckRequest request, out DeckSizing sizing)
    {
        var shownPath = ShownPath(template.PlanPath);
        TemplateFiles.Resolve(template.FolderPath, Template.PlanFileName, new SourcePosition(shownPath));
        var source = DecodePlan(Template.ReadLimited(template.PlanPath, shownPath), shownPath);

        var model = new PlanModel(outline, template, request);
        sizing = model.Sizing;
        var slides = PlanThreads.Run(() => Run(source, shownPath, model, template, limits));

        var deck = new Deck
        {
            Title = outline.Title,
            Author = string.IsNullOrWhiteSpace(outline.Speaker) ? null : outline.Speaker,
            Language = outline.Language == "en" ? "en-US" : "zh-CN",
            Theme = CopyOf(template.Theme),
        };
        deck.Slides.AddRange(slides);
        return deck;
    }

    private static List<Slide> Run(string source, string shownPath, PlanModel model, Template template, PlanLimits limits)
    {
        var parsed = ParsedPlans.Parse(source, shownPath, limits.ExpressionDepthLimit);
        if (parsed.HasErrors)
        {
            var first = parsed.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new SlideGenException(PositionOf(first.Span, shownPath), first.Message, ExitCodes.TemplateError);
        }

        var context = CreateContext(model, template, limits);
        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        context.CancellationToken = timeout.Token;
        try
        {
            // The text a plan writes is not used: slides come from slide calls. Rendering still counts it against the output limit.
            parsed.Render(context);
        }
        catch (ScriptRuntimeException e) when (InnerProblem(e) is { } problem)
        {
            // A function the plan called found a problem of its own (a damaged image in the document): report that one.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(problem).Throw();
        }
        catch (ScriptRuntimeException e) when (e is ScriptAbortException || timeout.IsCancellationRequested)
        {
            throw new SlideGenException(PositionOf(e.Span, shownPath),
                $"the plan ran longer than the time limit of {limits.TimeLimit.TotalSeconds:0.#} s", ExitCodes.TemplateError, e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new SlideGenException(PositionOf(e.Span, shownPath), Explain(OneLine(e.OriginalMessage)), ExitCodes.TemplateError, e);
        }
        catch (Exception e) when (e is not SlideGenException and not OutOfMemoryException)
        {
            var span = context.CurrentNode?.Span ?? default;
            throw new SlideGenException(PositionOf(span, shownPath), OneLine(e.Message), ExitCodes.TemplateError, e);
        }
        if (context.Slides.Count == 0)
            throw new SlideGenException(new SourcePosition(shownPath), "the plan made no slides (call slide { kind: ..., title: ... })", ExitCodes.TemplateError);
        return context.Slides;
    }

    private static SlideGenException? InnerProblem(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is SlideGenException problem) return problem;
        return null;
    }

    private static PlanContext CreateContext(PlanModel model, Template template, PlanLimits limits)
    {
        var context = new PlanContext(new PlanBuiltins(), model, template, limits)
        {
            StrictVariables = true,
            // Unknown members (doc.titel) are errors too, not empty strings.
            EnableRelaxedMemberAccess = false,
            LoopLimit = limits.LoopLimit,
            LoopLimitQueryable = limits.LoopLimit,
            RecursiveLimit = limits.RecursionLimit,
            LimitToString = limits.StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = limits.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = null,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);

        var globals = new ScriptObject();
        PlanFunctions.Register(globals);
        globals["doc"] = model.Doc;
        globals["template"] = model.Template;
        context.PushGlobal(globals);
        return context;
    }

    private static string DecodePlan(byte[] bytes, string shownPath)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new SlideGenException(new SourcePosition(shownPath), "deck.sbn is not UTF-8 text", ExitCodes.TemplateError, e);
        }
    }

    private static SourcePosition PositionOf(SourceSpan span, string shownPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? shownPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Scriban's wording, with the reason added where a name is missing on purpose or by a typo.</summary>
    private static string Explain(string message)
    {
        const string notAvailable = "is not available to templates: a plan must give the same deck every time and may not run text as a template";
        const string memberPrefix = "Cannot get member with name ";
        if (message.StartsWith(memberPrefix, StringComparison.Ordinal))
        {
            var name = message[memberPrefix.Length..].TrimEnd('.');
            return PlanBuiltins.RemovedMembers.Values.Any(names => names.Contains(name))
                ? $"`{name}` {notAvailable}"
                : $"there is no field `{name}` here (templates/README.md lists the fields)";
        }
        foreach (var name in PlanBuiltins.RemovedGlobals)
            if (message == $"The variable or function `{name}` was not found")
                return $"`{name}` {notAvailable}";
        return message;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A path short enough to read in an error: relative to the working folder when the plan is below it.</summary>
    private static string ShownPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    /// <summary>Each deck gets its own theme, so that changing one deck (a reference deck option) never changes the template.</summary>
    /// <remarks>Property by property rather than by reflection, which cost the native program more than the copy is worth;
    /// a test fails when DeckTheme gains a property that is not copied here.</remarks>
    internal static DeckTheme CopyOf(DeckTheme theme) => new()
    {
        Name = theme.Name,
        Size = theme.Size,
        LatinFont = theme.LatinFont,
        EastAsianFont = theme.EastAsianFont,
        HeadingLatinFont = theme.HeadingLatinFont,
        HeadingEastAsianFont = theme.HeadingEastAsianFont,
        Background = theme.Background,
        Text = theme.Text,
        Title = theme.Title,
        Accent = theme.Accent,
        Accent2 = theme.Accent2,
        EmphasisBackground = theme.EmphasisBackground,
        EmphasisText = theme.EmphasisText,
        Logo = theme.Logo,
        BackgroundImage = theme.BackgroundImage,
        ReferenceDeckPath = theme.ReferenceDeckPath,
    };
}
