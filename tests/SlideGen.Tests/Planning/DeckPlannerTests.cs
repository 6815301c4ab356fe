using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;
using SlideGen.Sections;

namespace SlideGen.Tests.Planning;

/// <summary>The deck plan's model, its slide function, and every way a plan can fail (issue 4, "Errors and limits").</summary>
public class DeckPlannerTests
{
    private static Deck PlanWith(string plan, Outline? outline = null, PlanLimits? limits = null)
    {
        using var folder = TemplateFolder.Create(plan);
        return DeckPlanner.Plan(outline ?? SampleOutline.Create(), folder.Load(), limits ?? PlanLimits.Default);
    }

    /// <summary>Plans and returns the one-line error, which must name deck.sbn with a position.</summary>
    private static SlideGenException PlanError(string plan, PlanLimits? limits = null)
    {
        using var folder = TemplateFolder.Create(plan);
        var template = folder.Load();
        var error = Assert.Throws<SlideGenException>(() => DeckPlanner.Plan(SampleOutline.Create(), template, limits ?? PlanLimits.Default));
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Equal(folder.PlanPath, error.Position.File);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    [Fact]
    public void Document_fields_reach_the_template_under_snake_case_names()
    {
        var outline = SampleOutline.Create();
        outline.Subtitle = "副标题";
        outline.Date = "2024年6月";
        outline.Warnings.Add("announced 3 points, found 2");
        var deck = PlanWith("""
            {{ slide { kind: "title", title: doc.title, subtitle: doc.subtitle, notes: join_text [doc.speaker, doc.occasion, doc.date, doc.language, doc.salutation, doc.opening, doc.closing, doc.announced_count, doc.warnings[0], doc.sections.size, doc.points.size] "|" } }}
            """, outline);

        var slide = Assert.Single(deck.Slides);
        Assert.Equal(SlideKind.Title, slide.Kind);
        Assert.Equal(outline.Title, slide.Title);
        Assert.Equal("副标题", slide.Subtitle);
        Assert.Equal(string.Join("|", outline.Speaker, outline.Occasion, "2024年6月", "zh", "同志们：", outline.Opening, outline.Closing, "3",
            "announced 3 points, found 2", "3", "9"), slide.Notes);
    }

    [Fact]
    public void Point_fields_reach_the_template()
    {
        var deck = PlanWith("""
            {{ p = doc.sections[1].children[0]
               slide { kind: "content", title: p.heading, subtitle: p.marker,
                       bullets: [p.level, p.index, p.line, p.children.size, p.children[1].heading, p.bullets[0], p.images.size],
                       notes: join_text [p.body, "--", p.own_text, "--", p.full_text] "\n" } }}
            """);

        var slide = Assert.Single(deck.Slides);
        Assert.Equal("加强支部标准化建设", slide.Title);
        Assert.Equal("（一）", slide.Subtitle);
        Assert.Equal(["2", "1", "9", "2", "建强支部班子", "支部标准化建设", "0"], slide.Bullets.Select(b => b.Text));
        Assert.Equal("--\n（一）加强支部标准化建设\n--\n（一）加强支部标准化建设\n1.规范组织生活\n严格落实“三会一课”制度，提高组织生活质量，防止表面化、形式化。\n2.建强支部班子\n选优配强支部书记，加强党务干部培训，提升履职能力。", slide.Notes);
    }

    [Fact]
    public void Template_settings_reach_the_template()
    {
        const string settings = """
            { "name": "mine", "description": "d", "slideSize": "4:3",
              "fonts": { "latin": "Arial", "eastAsian": "SimSun" },
              "colors": { "accent": "#ff0000" },
              "layouts": { "content": "Two Content" } }
            """;
        using var folder = TemplateFolder.Create("""
            {{ slide { kind: "content", title: template.name, bullets: [template.description, template.slide_size, template.fonts.latin, template.fonts.east_asian, template.fonts.heading_east_asian, template.colors.accent, template.layouts.content] } }}
            """, settings);

        var deck = DeckPlanner.Plan(SampleOutline.Create(), folder.Load());

        var slide = Assert.Single(deck.Slides);
        Assert.Equal("mine", slide.Title);
        Assert.Equal(["d", "4:3", "Arial", "SimSun", "SimSun", "FF0000", "Two Content"], slide.Bullets.Select(b => b.Text));
        Assert.Equal("Two Content", slide.LayoutName);
        Assert.Equal(SlideSize.Standard4x3, deck.Theme.Size);
        Assert.Equal("FF0000", deck.Theme.Accent);
    }

    [Fact]
    public void Slide_takes_kind_title_subtitle_bullets_with_levels_notes_and_layout()
    {
        var deck = PlanWith("""
            {{
              slide { kind: "section", title: "一", subtitle: "第一部分", notes: "n", layout: "Custom" }
              slide { kind: "content", title: "t", bullets: ["a", { text: "b", level: 1, emphasis: true }, "", null, { text: "c", level: 2 }] }
            }}
            """);

        Assert.Equal([SlideKind.Section, SlideKind.Content], deck.Slides.Select(s => s.Kind));
        Assert.Equal("Custom", deck.Slides[0].LayoutName);
        Assert.Equal("第一部分", deck.Slides[0].Subtitle);
        Assert.Equal("n", deck.Slides[0].Notes);
        Assert.Equal([new Bullet("a"), new Bullet("b", 1, true), new Bullet("c", 2)], deck.Slides[1].Bullets);
    }

    [Fact]
    public void Deck_takes_title_author_and_language_from_the_document()
    {
        var outline = SampleOutline.Create();
        outline.Language = "en";
        var deck = PlanWith("""{{ slide { kind: "title", title: "x" } }}""", outline);

        Assert.Equal(outline.Title, deck.Title);
        Assert.Equal(outline.Speaker, deck.Author);
        Assert.Equal("en-US", deck.Language);
    }

    [Fact]
    public void Planning_twice_gives_the_same_deck_and_leaves_the_template_unchanged()
    {
        using var folder = TemplateFolder.Create("""{{ slide { kind: "title", title: doc.title } }}""");
        var template = folder.Load();
        var first = DeckPlanner.Plan(SampleOutline.Create(), template);
        first.Theme.ReferenceDeckPath = "/elsewhere/deck.pptx";
        var second = DeckPlanner.Plan(SampleOutline.Create(), template);

        Assert.Null(template.Theme.ReferenceDeckPath);
        Assert.Null(second.Theme.ReferenceDeckPath);
        Assert.Equal(first.Slides.Single().Title, second.Slides.Single().Title);
    }

    [Fact]
    public void Zh_number_writes_chinese_numerals()
    {
        var deck = PlanWith("""{{ slide { kind: "content", title: "x", bullets: [zh_number 1, zh_number 10, zh_number 12, zh_number 20, zh_number 105, zh_number 1010] } }}""");
        Assert.Equal(["一", "十", "十二", "二十", "一百零五", "一千零一十"], deck.Slides[0].Bullets.Select(b => b.Text));
    }

    [Fact]
    public void A_parse_error_gives_its_line_and_column()
    {
        var error = PlanError("""
            {{ slide { kind: "title", title: doc.title } }}
            {{ for point in doc.sections }}
            {{ if point.level == }}
            {{ end }}
            """);
        Assert.Equal(3, error.Position.Line);
        Assert.Equal(22, error.Position.Column);
        Assert.StartsWith($"{error.Position.File}(3,22): error: ", error.Message);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_not_empty_text()
    {
        var error = PlanError("""
            {{ slide { kind: "title", title: doc.title } }}
              {{ slide { kind: "content", title: heading } }}
            """);
        Assert.Equal((2, 38), (error.Position.Line, error.Position.Column));
        Assert.Contains("`heading` was not found", error.Problem);
    }

    [Fact]
    public void An_unknown_field_is_an_error_not_empty_text()
    {
        var error = PlanError("""{{ slide { kind: "title", title: doc.titel } }}""");
        Assert.Equal(1, error.Position.Line);
        Assert.Contains("there is no field `titel`", error.Problem);
    }

    [Theory]
    [InlineData("""{{ slide "title" }}""", "slide takes an object")]
    [InlineData("""{{ slide { title: "x" } }}""", "slide needs kind")]
    [InlineData("""{{ slide { kind: "intro", title: "x" } }}""", "slide needs kind")]
    [InlineData("""{{ slide { kind: "content", titel: "x" } }}""", "slide has no field `titel`")]
    [InlineData("""{{ slide { kind: "content", bullets: "one" } }}""", "`bullets` must be an array")]
    [InlineData("""{{ slide { kind: "content", bullets: [{ txt: "a" }] } }}""", "a bullet has no field `txt`")]
    [InlineData("""{{ slide { kind: "content", bullets: [{ text: "a", level: 9 }] } }}""", "bullet level 9")]
    [InlineData("""{{ slide { kind: "content", title: ["a"] } }}""", "`title` must be text")]
    [InlineData("""{{ slide { kind: "content", images: ["a.png"] } }}""", "images takes a point's images")]
    public void Slide_calls_are_checked(string plan, string problem)
    {
        var error = PlanError(plan);
        Assert.Equal((1, 4), (error.Position.Line, error.Position.Column));
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void A_plan_that_makes_no_slides_is_an_error()
    {
        var error = PlanError("{{ x = 1 }} text only");
        Assert.Contains("made no slides", error.Problem);
    }

    [Fact]
    public void An_endless_loop_hits_the_loop_limit()
    {
        var error = PlanError("""
            {{ slide { kind: "title", title: "x" } }}
            {{ while true }}{{ end }}
            """);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("iteration limit `20000`", error.Problem);
    }

    [Fact]
    public void Nested_loops_share_the_loop_limit()
    {
        var error = PlanError("{{ for i in 1..200 }}{{ for j in 1..200 }}{{ end }}{{ end }}");
        Assert.Contains("limit `20000`", error.Problem);
    }

    [Fact]
    public void Endless_recursion_hits_the_recursion_limit()
    {
        var error = PlanError("""
            {{ func deeper(n)
                 ret deeper(n + 1)
               end
               deeper 1 }}
            """);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("recursive depth limit `64`", error.Problem);
    }

    [Fact]
    public void Huge_output_fails_at_the_output_limit_instead_of_being_cut()
    {
        var error = PlanError("""{{ slide { kind: "title", title: "x" } }}{{ for i in 1..2000 }}{{ doc.opening }}{{ end }}""",
            PlanLimits.Default with { OutputLimit = 10_000 });
        Assert.Contains("OutputLimit `10000`", error.Problem);
    }

    [Fact]
    public void A_huge_string_fails_at_the_string_limit_instead_of_being_cut()
    {
        var error = PlanError("""
            {{ text = doc.opening
               for i in 1..30
                 text = text + text
               end
               slide { kind: "content", title: "x", notes: text } }}
            """, PlanLimits.Default with { StringLimit = 50_000 });
        Assert.Equal(3, error.Position.Line);
        Assert.Contains("LimitToString `50000`", error.Problem);
    }

    [Fact]
    public void Too_many_slides_hit_the_slide_limit()
    {
        var error = PlanError("""{{ for i in 1..50 }}{{ slide { kind: "content", title: "x" } }}{{ end }}""",
            PlanLimits.Default with { SlideLimit = 20 });
        Assert.Contains("more than 20 slides (slide limit)", error.Problem);
    }

    [Fact]
    public void A_plan_that_runs_too_long_hits_the_time_limit()
    {
        // Without a loop limit only the clock can stop this plan.
        var error = PlanError("{{ while true }}{{ end }}", PlanLimits.Default with { LoopLimit = 0, TimeLimit = TimeSpan.FromMilliseconds(200) });
        Assert.Contains("time limit", error.Problem);
    }

    [Fact]
    public void Deeply_nested_expressions_are_an_error_not_a_crash()
    {
        var nested = new string('(', 5000) + "1" + new string(')', 5000);
        var error = PlanError("{{ x = " + nested + " }}");
        Assert.Equal(1, error.Position.Line);
    }

    [Theory]
    [InlineData("{{ x = date.now }}", "now")]
    [InlineData("{{ x = date.utc_now }}", "utc_now")]
    [InlineData("{{ x = object.eval '1 + 1' }}", "eval")]
    [InlineData("{{ x = object.eval_template '{{ 1 }}' }}", "eval_template")]
    [InlineData("{{ x = math.random 1 10 }}", "random")]
    [InlineData("{{ x = math.uuid }}", "uuid")]
    [InlineData("{{ include 'deck.sbn' }}", "include")]
    public void Functions_that_read_the_clock_roll_dice_or_run_strings_are_not_there(string plan, string name)
    {
        var error = PlanError(plan);
        Assert.Contains($"`{name}` is not available to templates", error.Problem);
    }

    [Fact]
    public void Deterministic_builtins_remain()
    {
        var deck = PlanWith("""{{ slide { kind: "content", title: ("a,b" | string.split "," | array.join "+"), bullets: [date.parse("2024-06-01") | date.to_string "%Y", math.round 2.6] } }}""");
        Assert.Equal("a+b", deck.Slides[0].Title);
        Assert.Equal(["2024", "3"], deck.Slides[0].Bullets.Select(b => b.Text));
    }

    [Fact]
    public void A_plan_file_that_links_outside_the_folder_is_refused()
    {
        using var folder = TemplateFolder.Create("{{ }}");
        var outside = Path.Combine(folder.Root, "outside.sbn");
        File.WriteAllText(outside, """{{ slide { kind: "title", title: "x" } }}""");
        File.Delete(folder.PlanPath);
        File.CreateSymbolicLink(folder.PlanPath, outside);

        var error = Assert.Throws<SlideGenException>(() => folder.Load());
        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains("leads outside the template folder", error.Problem);
    }
}
