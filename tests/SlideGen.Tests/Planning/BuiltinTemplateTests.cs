using SlideGen.Decks;
using SlideGen.Planning;
using SlideGen.Sections;

namespace SlideGen.Tests.Planning;

/// <summary>Each built-in template plans the deck of issue 2 point 6 from an outline, and its notes hold the whole speech.</summary>
public class BuiltinTemplateTests
{
    public static TheoryData<string> Builtins => new() { "default", "official", "dark" };

    /// <summary>A slide per point down to the third level, as the plans made before they chose the level themselves (issue 15).</summary>
    private static Deck Plan(string name, Outline outline) =>
        DeckPlanner.Plan(outline, TemplateCatalog.Resolve(name), PlanLimits.Default, new DeckRequest { SlideDepth = 3 }, out _);

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Plans_title_agenda_sections_one_slide_per_point_and_closing(string name)
    {
        var deck = Plan(name, SampleOutline.Create());

        // 一 has text of its own (an overview slide) and two points; 二's （一） has two points of its own and 三 has none,
        // so 三 is one slide with no section slide before it (issue 15).
        Assert.Equal(
            [SlideKind.Title, SlideKind.Agenda,
             SlideKind.Section, SlideKind.Content, SlideKind.Content, SlideKind.Content,
             SlideKind.Section, SlideKind.Content, SlideKind.Content, SlideKind.Content, SlideKind.Content,
             SlideKind.Content,
             SlideKind.Closing],
            deck.Slides.Select(s => s.Kind));
        Assert.Equal(
            ["在2024年全市机关作风建设工作推进会上的讲话", null,
             "把准工作方向，切实增强做好机关作风建设工作的责任感", "把准工作方向，切实增强做好机关作风建设工作的责任感", "坚持政治引领", "坚持问题导向",
             "突出工作重点，推动机关党建高质量发展", "加强支部标准化建设", "规范组织生活", "建强支部班子", "深化党建业务融合",
             "压实工作责任，确保各项任务落地见效",
             null],
            deck.Slides.Select(s => s.Kind is SlideKind.Agenda or SlideKind.Closing ? null : s.Title));
        Assert.All(deck.Slides, slide => Assert.False(string.IsNullOrEmpty(slide.LayoutName)));
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Title_slide_names_speaker_and_occasion(string name)
    {
        var title = Plan(name, SampleOutline.Create()).Slides[0];
        Assert.Contains("市委组织部部长", title.Subtitle);
        Assert.Contains("2024年全市机关作风建设工作推进会", title.Subtitle);
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Title_slide_falls_back_to_the_documents_subtitle(string name)
    {
        var outline = SampleOutline.Create();
        outline.Speaker = null;
        outline.Occasion = null;
        outline.Subtitle = "——在全市工作会议上的讲话";
        Assert.Equal("——在全市工作会议上的讲话", Plan(name, outline).Slides[0].Subtitle);
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Agenda_lists_the_top_level_sections(string name)
    {
        var outline = SampleOutline.Create();
        var agenda = Plan(name, outline).Slides.Single(s => s.Kind == SlideKind.Agenda);

        Assert.Equal(outline.Sections.Count, agenda.Bullets.Count);
        for (var i = 0; i < outline.Sections.Count; i++)
            Assert.EndsWith(outline.Sections[i].Heading, agenda.Bullets[i].Text);
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Every_leaf_point_gets_its_own_slide_with_its_key_phrases(string name)
    {
        var outline = SampleOutline.Create();
        var content = Plan(name, outline).Slides.Where(s => s.Kind == SlideKind.Content).ToList();

        foreach (var leaf in Leaves(outline.Sections))
        {
            var slide = Assert.Single(content, s => s.Title == leaf.Heading && s.Notes.EndsWith("〕\n" + leaf.FullText, StringComparison.Ordinal));
            Assert.Equal(leaf.Bullets, slide.Bullets.Select(b => b.Text));
        }
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Notes_hold_the_whole_speech(string name)
    {
        var outline = SampleOutline.Create();
        var notes = string.Join("\n", Plan(name, outline).Slides.Select(s => s.Notes));

        Assert.Contains(outline.Salutation!, notes);
        Assert.Contains(outline.Opening, notes);
        Assert.Contains(outline.Closing, notes);
        foreach (var point in All(outline.Sections))
        {
            Assert.Contains(point.Marker + point.Heading, notes);
            if (point.Body.Length > 0) Assert.Contains(point.Body, notes);
        }
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Closing_slide_thanks_in_the_documents_language(string name)
    {
        var chinese = Plan(name, SampleOutline.Create()).Slides[^1];
        var outline = SampleOutline.Create();
        outline.Language = "en";
        var english = Plan(name, outline).Slides[^1];

        Assert.Equal(SlideKind.Closing, chinese.Kind);
        Assert.StartsWith("谢谢", chinese.Title);
        Assert.Equal("Thank you", english.Title);
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void A_flat_list_of_points_gets_one_slide_per_point_without_section_slides(string name)
    {
        var outline = new Outline { Title = "关于加强作风建设的几点意见", Opening = "开场白。" };
        foreach (var (marker, heading) in new[] { ("一是", "坚持政治引领"), ("二是", "坚持问题导向"), ("三是", "坚持狠抓落实") })
            outline.Sections.Add(new OutlineNode { Marker = marker, Heading = heading, Body = heading + "的正文。", Level = 1 });

        var deck = Plan(name, outline);

        Assert.Equal([SlideKind.Title, SlideKind.Agenda, SlideKind.Content, SlideKind.Content, SlideKind.Content, SlideKind.Closing],
            deck.Slides.Select(s => s.Kind));
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void A_document_without_points_still_gets_a_deck_with_the_text_in_the_notes(string name)
    {
        var outline = new Outline { Title = "Notes", Language = "en", Opening = "Just one paragraph." };
        var deck = Plan(name, outline);

        Assert.Equal([SlideKind.Title, SlideKind.Closing], deck.Slides.Select(s => s.Kind));
        Assert.Contains("Just one paragraph.", deck.Slides[0].Notes);
    }

    private static IEnumerable<OutlineNode> All(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(All(n.Children)));

    private static IEnumerable<OutlineNode> Leaves(IEnumerable<OutlineNode> nodes) => All(nodes).Where(n => n.Children.Count == 0);
}
