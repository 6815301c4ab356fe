using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;
using SlideGen.Sections;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Planning;

/// <summary>
/// Issue 15: a deck of the right size for the talk. The plan chooses each point's slide level from the outline's shape and
/// the size of its texts, notes give speaking times, --minutes and --slides ask for a size, and decks out of proportion warn.
/// Outlines are built here in the shapes real documents have (a conference speech with 一是 under its （一）, a report with
/// long points, a speech with unnumbered headings), so the rule holds whatever detects them.
/// </summary>
public class DeckSizeTests
{
    // About 15 Chinese characters said in a sentence; 250 a minute.
    private const string Sentence = "我们要坚持以人民为中心的发展思想推动工作落实。";

    private static string Text(double minutes, string lead = "")
    {
        var sentences = Math.Max(1, (int)Math.Round(minutes * 250 / 22));
        return lead + string.Concat(Enumerable.Repeat(Sentence, sentences));
    }

    private static OutlineNode Point(string marker, string heading, int level, int line, double minutes, params OutlineNode[] children)
    {
        var body = minutes > 0 ? Text(minutes) : "";
        var node = new OutlineNode
        {
            Marker = marker, Heading = heading, Level = level, Line = line, Body = body,
            OwnText = body.Length > 0 ? marker + heading + "。" + body : marker + heading,
        };
        node.Bullets.Add(heading + "的要点");
        node.Children.AddRange(children);
        return node;
    }

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>A conference speech: 一、 parts, each with （一） points, each with 一是… sub-points of a sentence or two.</summary>
    private static Outline ConferenceSpeech(int parts = 3, int points = 5, int subPoints = 4, double subPointMinutes = 0.5)
    {
        var outline = new Outline { Title = "在全市教育工作会议上的讲话", Language = "zh", Salutation = "同志们：", Opening = Text(1), Closing = Text(0.5), SourcePath = "speech.txt" };
        var line = 10;
        for (var p = 0; p < parts; p++)
        {
            var part = Point(Ordinals[p] + "、", $"第{Ordinals[p]}方面的工作", 1, line++, 0);
            for (var q = 0; q < points; q++)
            {
                var point = Point($"（{Ordinals[q]}）", $"第{Ordinals[p]}部分第{Ordinals[q]}项重点工作", 2, line++, 0.3);
                for (var r = 0; r < subPoints; r++)
                    point.Children.Add(Point(Ordinals[r] + "是", $"第{Ordinals[q]}项的第{Ordinals[r]}个举措", 3, line++, subPointMinutes));
                part.Children.Add(point);
            }
            outline.Sections.Add(part);
        }
        return outline;
    }

    private static Deck Plan(Outline outline, DeckRequest? request = null, string template = "default") =>
        DeckPlanner.Plan(outline, TemplateCatalog.Resolve(template), PlanLimits.Default, request ?? DeckRequest.Auto, out _);

    private static List<Slide> Content(Deck deck) => deck.Slides.Where(s => s.Kind == SlideKind.Content).ToList();

    private static string AllNotes(Deck deck) => string.Join("\n", deck.Slides.Select(s => s.Notes));

    [Fact]
    public void Sub_points_of_a_sentence_or_two_are_bullets_of_their_points_slide_and_their_text_is_in_its_notes()
    {
        var outline = ConferenceSpeech();

        var deck = Plan(outline);

        // 15 （一） points: one slide each, not 60 slides of 一是.
        var content = Content(deck);
        Assert.Equal(15, content.Count);
        var first = outline.Sections[0].Children[0];
        var slide = Assert.Single(content, s => s.Title == first.Heading);
        Assert.Equal(first.Children.Select(c => c.Heading), slide.Bullets.Select(b => b.Text));
        foreach (var child in first.Children) Assert.Contains(child.FullText, slide.Notes);
        Assert.InRange(deck.Slides.Count / (15.0 + 4), 0.6, 1.6);
    }

    [Fact]
    public void Sub_points_with_substantial_text_of_their_own_get_their_own_slides()
    {
        // Each 一是 says three minutes: a presenter gives it a slide.
        var outline = ConferenceSpeech(parts: 2, points: 2, subPoints: 3, subPointMinutes: 3);

        var content = Content(Plan(outline));

        foreach (var subPoint in outline.Sections.SelectMany(s => s.Children).SelectMany(p => p.Children))
            Assert.Contains(content, s => s.Title == subPoint.Heading);
        Assert.InRange(Plan(outline).Slides.Count / (12.0 + 4), 0.6, 1.6);
    }

    [Fact]
    public void Items_counted_off_inside_one_paragraph_never_become_sibling_slides()
    {
        // 七是 is followed by a paragraph that counts off ten items (一是…十是 on one line), read as siblings of 七是.
        var outline = new Outline { Title = "政府工作报告", Language = "zh", SourcePath = "report.txt" };
        var section = Point("三、", "重点工作", 1, 10, 0);
        for (var i = 0; i < 7; i++) section.Children.Add(Point(Ordinals[i] + "是", $"第{Ordinals[i]}项任务", 2, 11 + i, 3));
        for (var i = 0; i < 10; i++) section.Children.Add(Point(Ordinals[i] + "是", $"民生实事{Ordinals[i]}", 2, 30, 0.1));
        outline.Sections.Add(section);
        outline.Sections.Add(Point("四、", "加强自身建设", 1, 40, 2));

        var content = Content(Plan(outline));

        Assert.DoesNotContain(content, s => s.Title.StartsWith("民生实事", StringComparison.Ordinal));
        var host = Assert.Single(content, s => s.Title == "第七项任务");
        Assert.Contains(host.Bullets, b => b.Text == "民生实事十");
        Assert.Contains(section.Children[^1].FullText, host.Notes);
    }

    [Fact]
    public void A_document_with_unnumbered_headings_makes_a_slide_per_heading()
    {
        var outline = new Outline { Title = "State of the Union", Language = "en", Opening = "Mr. Speaker, Mr. President.", SourcePath = "talk.md" };
        var headings = new[] { "The economy", "Health", "Education", "Cities", "Defense", "Foreign policy", "The Great Society" };
        for (var i = 0; i < headings.Length; i++)
        {
            var body = string.Join("\n", Enumerable.Repeat("We will build a society where every child can learn and every worker can find a job.", 12));
            outline.Sections.Add(new OutlineNode { Heading = headings[i], Level = 1, Line = 10 + i * 20, Body = body, OwnText = headings[i] + "\n" + body, Style = "markdown-heading" });
        }

        var content = Content(Plan(outline));

        foreach (var heading in headings) Assert.Contains(content, s => s.Title == heading);
    }

    [Fact]
    public void A_long_opening_gets_slides_of_its_own_instead_of_filling_the_title_slides_notes()
    {
        var outline = new Outline { Title = "A talk", Language = "en", SourcePath = "talk.txt" };
        outline.Opening = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i} says that we will build a society where every child can learn and every worker can find a job and every family can prosper."));
        outline.Sections.Add(new OutlineNode { Heading = "First", Level = 1, Line = 50, Body = "One point.", OwnText = "First\nOne point." });
        outline.Sections.Add(new OutlineNode { Heading = "Second", Level = 1, Line = 60, Body = "Another point.", OwnText = "Second\nAnother point." });

        var deck = Plan(outline);

        Assert.DoesNotContain("Paragraph 1 says", deck.Slides[0].Notes);
        Assert.True(deck.Slides.Count(s => s.Title.StartsWith("Introduction", StringComparison.Ordinal)) >= 2);
        for (var i = 1; i <= 40; i++) Assert.Contains($"Paragraph {i} says", AllNotes(deck));
    }

    [Fact]
    public void A_long_point_whose_paragraphs_open_with_bold_headings_gets_a_slide_per_heading()
    {
        var point = Point("（一）", "充分发挥经济体制改革牵引作用", 2, 10, 0);
        var heads = new[] { "健全经济高质量发展体制机制。", "扩大高水平对外开放。", "持续提升营商环境企业获得感。" };
        point.OwnText = string.Join("\n", new[] { "（一）充分发挥经济体制改革牵引作用" }.Concat(heads.Select(h => h + Text(1.5))));
        point.Body = point.OwnText[(point.OwnText.IndexOf('\n') + 1)..];
        point.Emphasized.AddRange(heads);
        var outline = new Outline { Title = "政府工作报告", Language = "zh", SourcePath = "report.md" };
        outline.Sections.Add(Point("一、", "工作回顾", 1, 5, 3));
        var section = Point("二、", "重点任务", 1, 9, 0, point);
        outline.Sections.Add(section);

        var content = Content(Plan(outline));

        Assert.Contains(content, s => s.Title == "扩大高水平对外开放");
        Assert.Contains(content, s => s.Title == "持续提升营商环境企业获得感");
        Assert.Contains(content, s => s.Title == "充分发挥经济体制改革牵引作用" && s.Notes.Contains("健全经济高质量发展体制机制", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_of_long_points_gets_a_content_slide_for_every_three_minutes_at_paragraph_breaks()
    {
        // A government report: two parts of five points, each six minutes in six paragraphs.
        var outline = new Outline { Title = "政府工作报告", Language = "zh", SourcePath = "report.txt" };
        for (var p = 0; p < 2; p++)
        {
            var part = Point(Ordinals[p] + "、", $"第{Ordinals[p]}部分", 1, 10 + p * 10, 0);
            for (var q = 0; q < 5; q++)
            {
                var point = Point($"（{Ordinals[q]}）", $"第{Ordinals[p]}部分第{Ordinals[q]}项", 2, 11 + p * 10 + q, 0);
                point.OwnText = string.Join("\n", new[] { point.Marker + point.Heading }.Concat(Enumerable.Range(0, 6).Select(_ => Text(1))));
                part.Children.Add(point);
            }
            outline.Sections.Add(part);
        }

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.True(Content(deck).Count >= 20, $"{Content(deck).Count} content slides for an hour");
        Assert.Empty(outline.Warnings);
    }

    [Fact]
    public void A_short_talks_point_of_under_three_minutes_stays_on_one_slide()
    {
        // A seven-minute talk of three points, one of them under three minutes in four paragraphs: a presenter keeps it
        // on one slide rather than show three slides of it in a row.
        var outline = new Outline { Title = "在开学典礼上的讲话", Language = "zh", SourcePath = "talk.txt" };
        var minutes = new[] { 2.6, 2.0, 2.0 };
        for (var q = 0; q < 3; q++)
        {
            var point = Point(Ordinals[q] + "、", $"第{Ordinals[q]}点希望", 1, 10 + q, 0);
            var paragraphs = q == 0 ? 4 : 2;
            point.OwnText = string.Join("\n", new[] { point.Marker + point.Heading }.Concat(Enumerable.Range(0, paragraphs).Select(_ => Text(minutes[q] / paragraphs))));
            outline.Sections.Add(point);
        }

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.True(Content(deck).Count == 3, string.Join(" | ", Content(deck).Select(s => s.Title)));
    }

    [Fact]
    public void Every_slides_notes_give_its_speaking_time_and_the_title_slide_the_total()
    {
        var deck = Plan(ConferenceSpeech());

        Assert.Matches(@"\n〔本页约 \d+(\.5)? 分钟；全篇约 \d+ 分钟〕$", deck.Slides[0].Notes);
        Assert.StartsWith("同志们：", deck.Slides[0].Notes, StringComparison.Ordinal);
        Assert.All(Content(deck).Where(s => s.Notes != "（续上页）"), s => Assert.Matches(@"^〔约 \d+(\.5)? 分钟〕\n", s.Notes));
        Assert.Matches(@"^〔约 \d+(\.5)? 分钟〕\n", deck.Slides[^1].Notes);
    }

    [Fact]
    public void English_notes_give_the_time_in_English()
    {
        var outline = new Outline { Title = "A talk", Language = "en", Opening = "Hello.", SourcePath = "talk.txt" };
        var body = string.Concat(Enumerable.Repeat("one two three four five ", 55));
        outline.Sections.Add(new OutlineNode { Heading = "First", Level = 1, Line = 3, Body = body, OwnText = "First\n" + body });
        outline.Sections.Add(new OutlineNode { Heading = "Second", Level = 1, Line = 4, Body = "six seven.", OwnText = "Second\nsix seven." });

        var deck = Plan(outline);

        Assert.EndsWith("Hello.\n[this slide about 0.5 minutes; in all about 2 minutes]", deck.Slides[0].Notes, StringComparison.Ordinal);
        Assert.StartsWith("[about 2 minutes]\n", Content(deck)[0].Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_speaking_rate_is_set_in_template_json()
    {
        using var folder = TemplateFolder.CopyOf("default");
        var settings = File.ReadAllText(Path.Combine(folder.Path, Template.SettingsFileName)).TrimEnd().TrimEnd('}');
        folder.Write(Template.SettingsFileName, settings + """, "speakingRate": { "charactersPerMinute": 125 } }""");
        var outline = ConferenceSpeech(parts: 2, points: 2);
        var normal = DeckPlanner.Plan(outline, TemplateCatalog.Resolve("default"));
        var slow = DeckPlanner.Plan(outline, folder.Load());

        Assert.NotEqual(normal.Slides[0].Notes.Split('\n')[^1], slow.Slides[0].Notes.Split('\n')[^1]);
    }

    [Fact]
    public void Minutes_ask_for_about_a_slide_a_minute_folding_deeper_levels_first_and_keeping_all_text_in_the_notes()
    {
        var outline = ConferenceSpeech(subPointMinutes: 2.5); // two and a half hours, with sub-points that get slides of their own
        var full = Plan(outline);

        var deck = Plan(outline, new DeckRequest { Minutes = 10 });

        Assert.True(full.Slides.Count > 40);
        Assert.InRange(deck.Slides.Count, 7, 14);
        foreach (var point in outline.Sections.SelectMany(s => s.Children).SelectMany(p => p.Children))
            Assert.Contains(point.FullText, AllNotes(deck));
        // The 一是 level went first: none is a slide of its own, and every （一） point is still a slide or a bullet.
        foreach (var point in outline.Sections.SelectMany(s => s.Children))
        {
            Assert.Contains(deck.Slides, s => s.Title == point.Heading || s.Bullets.Any(b => b.Text == point.Heading));
            foreach (var subPoint in point.Children) Assert.DoesNotContain(deck.Slides, s => s.Title == subPoint.Heading);
        }
    }

    [Fact]
    public void Slides_ask_for_a_deck_of_about_that_many_slides_merging_short_sections_last()
    {
        var outline = ConferenceSpeech(parts: 6, points: 2, subPoints: 2);

        var deck = Plan(outline, new DeckRequest { Slides = 6 });

        Assert.InRange(deck.Slides.Count, 5, 7);
        foreach (var section in outline.Sections) Assert.Contains(section.FullText, AllNotes(deck));
    }

    [Fact]
    public void Slides_ask_for_a_larger_deck_opening_folded_points_then_spreading_long_ones()
    {
        var outline = ConferenceSpeech(); // 15 （一） points with their 一是 as bullets: about 22 slides
        var natural = Plan(outline).Slides.Count;

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Slides = 45 });

        Assert.True(natural < 30);
        Assert.InRange(deck.Slides.Count, 38, 52);
        Assert.Contains(outline.Warnings, w => w.Contains("opened into slides of their sub-points", StringComparison.Ordinal));
        foreach (var section in outline.Sections) Assert.Contains(section.Children[0].Children[0].FullText, AllNotes(deck));
    }

    [Fact]
    public void Converting_with_minutes_says_what_was_folded_and_scales_the_times_in_the_notes()
    {
        var outline = ConferenceSpeech(subPointMinutes: 2.5);

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Minutes = 10 });

        var sized = Assert.Single(outline.Warnings, w => w.Contains("sized for a 10-minute talk", StringComparison.Ordinal));
        Assert.Contains("shown as bullets", sized, StringComparison.Ordinal);
        Assert.Contains("the notes keep the whole text", sized, StringComparison.Ordinal);
        Assert.Contains("本次按 10 分钟讲", deck.Slides[0].Notes, StringComparison.Ordinal);
        var said = Content(deck).Sum(s => double.Parse(System.Text.RegularExpressions.Regex.Match(s.Notes, @"约 ([\d.]+) 分钟").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(said, 6, 14);
    }

    [Fact]
    public void A_slide_whose_notes_hold_more_than_a_third_of_the_speech_is_reported()
    {
        var outline = ConferenceSpeech(parts: 2, points: 2, subPoints: 2);
        var template = TemplateFolder.Create("""
            {{ slide { kind: "title", title: doc.title, notes: doc.opening }
            for point in doc.sections
              slide { kind: "content", title: point.heading, notes: point.full_text }
            end }}
            """);

        var deck = DeckPlanner.Plan(outline, template.Load(), PlanLimits.Default, DeckRequest.Auto, out var sizing);
        DeckFitter.Fit(deck);
        var warnings = DeckWarnings.Of(deck, sizing, "speech.txt");

        Assert.Contains(warnings, w => w.StartsWith("speech.txt: slide 2 (content slide", StringComparison.Ordinal) && w.Contains("of the speech in its notes", StringComparison.Ordinal));
        template.Dispose();
    }

    [Fact]
    public void Too_few_and_too_many_slides_for_the_speaking_time_are_reported()
    {
        var outline = ConferenceSpeech(); // about 40 minutes
        var sparse = TemplateFolder.Create("""{{ slide { kind: "content", title: doc.title, notes: doc.opening } }}""");
        var deck = DeckPlanner.Plan(outline, sparse.Load(), PlanLimits.Default, DeckRequest.Auto, out var sizing);
        Assert.Contains(DeckWarnings.Of(deck, sizing, "s.txt"), w => w.Contains("fewer than one every three minutes", StringComparison.Ordinal));

        var crowded = TemplateFolder.Create("""{{ for i in 1..100; slide { kind: "content", title: "x" }; end }}""");
        deck = DeckPlanner.Plan(outline, crowded.Load(), PlanLimits.Default, DeckRequest.Auto, out sizing);
        Assert.Contains(DeckWarnings.Of(deck, sizing, "s.txt"), w => w.Contains("100 slides for about", StringComparison.Ordinal) && w.Contains("more than two a minute", StringComparison.Ordinal));
        sparse.Dispose();
        crowded.Dispose();
    }

    [Fact]
    public void A_built_in_plan_of_a_corpus_shaped_speech_warns_of_nothing()
    {
        var outline = ConferenceSpeech();

        SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Empty(outline.Warnings);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("official")]
    [InlineData("dark")]
    public void More_than_eight_sections_are_listed_over_two_agenda_slides_numbered_on(string name)
    {
        var outline = new Outline { Title = "十项工作", Language = "zh", SourcePath = "x.txt" };
        for (var i = 0; i < 10; i++) outline.Sections.Add(Point(Ordinals[i] + "、", $"第{Ordinals[i]}项工作", 1, 10 + i, 1));

        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions { Template = name });

        var agenda = deck.Slides.Where(s => s.Kind == SlideKind.Agenda).ToList();
        Assert.Equal(2, agenda.Count);
        Assert.Equal(5, agenda[0].Bullets.Count);
        Assert.Equal(1, agenda[0].FirstNumber);
        Assert.Equal(6, agenda[1].FirstNumber);
        Assert.Equal("第六项工作", agenda[1].Bullets[0].Text);
        DeckAssertions.AssertValid(SlideGenerator.WriteDeck(deck));
    }

    [Theory]
    [InlineData("一、", "zh", "一、")]
    [InlineData("第二部分", "zh", "第二部分")]
    [InlineData("首先", "zh", "第一部分")]
    [InlineData("", "zh", "第一部分")]
    [InlineData("1.", "en", "Part 1")]
    [InlineData("II.", "en", "Part II")]
    [InlineData("First,", "en", "Part 1")]
    public void Section_slides_are_numbered_in_the_documents_own_style(string marker, string language, string label)
    {
        var outline = new Outline { Title = "T", Language = language, SourcePath = "x.txt" };
        for (var i = 0; i < 2; i++)
        {
            var section = Point(i == 0 ? marker : "", $"Section {i}", 1, 10 + i * 10, 0.2);
            for (var j = 0; j < 3; j++) section.Children.Add(Point("", $"Point {i}.{j}", 2, 11 + i * 10 + j, 3));
            outline.Sections.Add(section);
        }

        var deck = Plan(outline);

        Assert.Equal(label, deck.Slides.First(s => s.Kind == SlideKind.Section).Subtitle);
    }

    [Theory]
    [InlineData("1", 3)]
    [InlineData("\"2\"", 15)]
    [InlineData("3", 75)]
    public void Slide_depth_in_template_json_fixes_the_level_that_gets_slides(string depth, int contentSlides)
    {
        using var folder = TemplateFolder.CopyOf("default");
        var settings = File.ReadAllText(Path.Combine(folder.Path, Template.SettingsFileName)).TrimEnd().TrimEnd('}');
        folder.Write(Template.SettingsFileName, settings + $$""", "slideDepth": {{depth}} }""");

        var deck = DeckPlanner.Plan(ConferenceSpeech(), folder.Load());

        Assert.Equal(contentSlides, Content(deck).Count(s => !s.Title.EndsWith("（续）", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("\"deep\"")]
    [InlineData("true")]
    public void A_slide_depth_that_is_not_auto_or_1_to_3_is_a_template_error(string depth)
    {
        using var folder = TemplateFolder.CopyOf("default");
        var settings = File.ReadAllText(Path.Combine(folder.Path, Template.SettingsFileName)).TrimEnd().TrimEnd('}');
        folder.Write(Template.SettingsFileName, settings + $$""", "slideDepth": {{depth}} }""");

        var error = Assert.Throws<SlideGenException>(() => folder.Load());

        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Contains("slideDepth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_gives_minutes_per_point_and_in_total()
    {
        var outline = ConferenceSpeech(parts: 1, points: 1, subPoints: 2, subPointMinutes: 2);

        var json = System.Text.Json.Nodes.JsonNode.Parse(OutlineJson.Serialize(outline))!;
        var text = OutlineText.Render(outline);

        var total = json["speaking_minutes"]!.GetValue<double>();
        Assert.InRange(total, 5.5, 6.5);
        var point = json["sections"]![0]!["children"]![0]!;
        Assert.InRange(point["minutes"]!.GetValue<double>(), 4, 5);
        Assert.InRange(point["children"]![0]!["minutes"]!.GetValue<double>(), 1.8, 2.2);
        Assert.Contains($"speaking time: {total:0.0} min", text, StringComparison.Ordinal);
        Assert.Matches(@"一是第一项的第一个举措  \(line \d+, 2\.\d min\)", text);
    }

    [Fact]
    public void Speaking_time_counts_chinese_characters_and_other_words()
    {
        var rate = new SpeakingRate();

        Assert.Equal(1, rate.Minutes(new string('字', 250)), 3);
        Assert.Equal(1, rate.Minutes(string.Join(' ', Enumerable.Repeat("word", 150)) + ", ... ;"), 3);
        Assert.Equal(2, rate.Minutes(new string('字', 250) + string.Join(' ', Enumerable.Repeat("2024", 150))), 3);
    }
}
