using SlideGen.Decks;

namespace SlideGen.Tests.Writing;

public class DeckFitterTests
{
    private static readonly SlideGeometry Geometry = SlideGeometry.BuiltIn(SlideSize.Widescreen16x9);

    private const string LongChineseBullet =
        "坚持把党的服务质量摆在首位，教育引导党员干部树牢“四个意识”、坚定“四个自信”、做到“两个维护”，在思想上政治上行动上同党中央保持高度一致";

    private static Deck ContentDeck(string title, IEnumerable<Bullet> bullets, string language = "zh-CN", string notes = "")
    {
        var deck = new Deck { Language = language };
        var slide = new Slide { Kind = SlideKind.Content, Title = title, Notes = notes };
        slide.Bullets.AddRange(bullets);
        deck.Slides.Add(slide);
        return deck;
    }

    private static void AssertBodyFits(Slide slide)
    {
        var box = Geometry.Body(slide.Kind, DeckFitter.HasContentImages(slide) && slide.Bullets.Count > 0);
        Func<int, long> margin = slide.Kind == SlideKind.Agenda ? _ => SlideGeometry.NumberedMargin : SlideGeometry.BulletMargin;
        var height = DeckFitter.Height(slide.Bullets, box, slide.BodyFontSize!.Value, margin, SlideGeometry.ParagraphGapFor(slide.Kind));
        Assert.True(height <= SlideGeometry.TextHeightPoints(box), $"'{slide.Title}' needs {height:F0} pt of {SlideGeometry.TextHeightPoints(box):F0} pt");
    }

    [Fact]
    public void Short_slide_keeps_the_largest_sizes()
    {
        var deck = ContentDeck("坚守服务宗旨", [new("坚守服务宗旨不动摇"), new("坚持工作标准不放松")]);
        DeckFitter.Fit(deck);
        var slide = Assert.Single(deck.Slides);
        Assert.Equal(DeckFitter.BodySizes[0], slide.BodyFontSize);
        Assert.Equal(DeckFitter.TitleSizes[0], slide.TitleFontSize);
    }

    [Fact]
    public void Bullets_are_never_larger_than_a_long_title_that_had_to_shrink()
    {
        // A folded point (issue 15): a long heading over its sub-points' short headings.
        var deck = ContentDeck("实施教育改革创新与规范管理工程，促进教育的公平公正、高质高效",
            [new("扎实推进重点普高招生改革"), new("积极推进中考加分改革"), new("加大学校规范管理力度")]);
        DeckFitter.Fit(deck);
        var slide = Assert.Single(deck.Slides);
        Assert.True(slide.TitleFontSize < DeckFitter.TitleSizes[0]);
        Assert.True(slide.BodyFontSize <= slide.TitleFontSize, $"body {slide.BodyFontSize} pt under a {slide.TitleFontSize} pt title");
    }

    [Fact]
    public void Long_Chinese_bullets_shrink_the_body_until_they_fit()
    {
        var deck = ContentDeck("要求", Enumerable.Repeat(new Bullet(LongChineseBullet), 4));
        DeckFitter.Fit(deck);
        var slide = Assert.Single(deck.Slides);
        Assert.True(slide.BodyFontSize < DeckFitter.BodySizes[0]);
        AssertBodyFits(slide);
    }

    [Fact]
    public void Too_many_bullets_continue_on_further_slides_with_all_text_kept()
    {
        var bullets = Enumerable.Range(1, 14).Select(i => new Bullet($"第{i}条：{LongChineseBullet}", i % 4 == 0 ? 1 : 0)).ToList();
        var deck = ContentDeck("基层党建重点任务", bullets, notes: SampleDecks.LongNotes);
        DeckFitter.Fit(deck);

        Assert.True(deck.Slides.Count > 1);
        Assert.Equal(bullets, deck.Slides.SelectMany(s => s.Bullets));
        Assert.Equal("基层党建重点任务", deck.Slides[0].Title);
        Assert.All(deck.Slides.Skip(1), s => Assert.Equal("基层党建重点任务（续）", s.Title));
        Assert.Equal(SampleDecks.LongNotes, deck.Slides[0].Notes);
        Assert.All(deck.Slides.Skip(1), s => Assert.Equal("（续上页）", s.Notes));
        Assert.Single(deck.Slides.Select(s => s.BodyFontSize).Distinct());
        Assert.All(deck.Slides, AssertBodyFits);
    }

    [Fact]
    public void English_continuation_is_marked_cont()
    {
        var bullets = Enumerable.Range(1, 30).Select(i => new Bullet($"Item {i}: the migration of the billing service finished ahead of schedule")).ToList();
        var deck = ContentDeck("Highlights", bullets, "en-US");
        DeckFitter.Fit(deck);
        Assert.True(deck.Slides.Count > 1);
        Assert.Equal("Highlights (cont.)", deck.Slides[1].Title);
        Assert.All(deck.Slides, AssertBodyFits);
    }

    [Fact]
    public void A_bullet_longer_than_a_slide_is_cut_at_sentences_without_losing_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("我们要坚持问题导向，聚焦基层党组织建设中的薄弱环节，逐项研究解决办法。", 30));
        var deck = ContentDeck("问题导向", [new(paragraph)]);
        DeckFitter.Fit(deck);
        Assert.True(deck.Slides.Count > 1);
        Assert.Equal(paragraph, string.Concat(deck.Slides.SelectMany(s => s.Bullets).Select(b => b.Text)));
        Assert.All(deck.Slides, AssertBodyFits);
    }

    [Fact]
    public void Long_title_shrinks_then_wraps_to_two_lines_and_is_never_cut()
    {
        const string title = "组织部长在2023年市直机关党支部书记论坛上的讲话：夯实基层基础，锤炼过硬作风，强化责任担当";
        var deck = ContentDeck(title, [new("要点")]);
        DeckFitter.Fit(deck);
        var slide = Assert.Single(deck.Slides);
        Assert.Equal(title, slide.Title);
        var size = slide.TitleFontSize!.Value;
        Assert.True(size < DeckFitter.TitleSizes[0]);
        var box = Geometry.For(SlideKind.Content).Title;
        var lines = TextMeasure.LineCount(title, SlideGeometry.TextWidthPoints(box, 0), size);
        Assert.Equal(2, lines);
        Assert.True(lines * size * SlideGeometry.LineSpacing <= SlideGeometry.TextHeightPoints(box));
    }

    [Fact]
    public void Long_agenda_continues_its_numbering()
    {
        var deck = new Deck();
        var agenda = new Slide { Kind = SlideKind.Agenda, Title = "主要内容" };
        agenda.Bullets.AddRange(Enumerable.Range(1, 16).Select(i => new Bullet($"第{i}部分：{LongChineseBullet[..20]}")));
        deck.Slides.Add(agenda);
        DeckFitter.Fit(deck);
        Assert.True(deck.Slides.Count > 1);
        Assert.Equal(1, deck.Slides[0].FirstNumber);
        Assert.Equal(deck.Slides[0].Bullets.Count + 1, deck.Slides[1].FirstNumber);
    }

    [Fact]
    public void Bullets_beside_an_image_get_the_narrower_box()
    {
        var deck = ContentDeck("图文", Enumerable.Repeat(new Bullet(LongChineseBullet), 3));
        var plain = ContentDeck("图文", Enumerable.Repeat(new Bullet(LongChineseBullet), 3));
        deck.Slides[0].Images.Add(SampleDecks.Image(400, 300, ImageRole.Content));
        DeckFitter.Fit(deck);
        DeckFitter.Fit(plain);
        Assert.True(deck.Slides[0].BodyFontSize < plain.Slides[0].BodyFontSize);
        Assert.All(deck.Slides, AssertBodyFits);
    }

    [Fact]
    public void Cover_slides_get_title_and_subtitle_sizes()
    {
        var deck = new Deck();
        deck.Slides.Add(new Slide { Kind = SlideKind.Title, Title = SampleDecks.ChineseTitle, Subtitle = "市委组织部" });
        deck.Slides.Add(new Slide { Kind = SlideKind.Section, Title = "一、把牢政治方向" });
        DeckFitter.Fit(deck);
        Assert.Equal(2, deck.Slides.Count);
        Assert.All(deck.Slides, s => Assert.NotNull(s.TitleFontSize));
        Assert.Equal(DeckFitter.CoverTitleSizes[0], deck.Slides[1].TitleFontSize);
        Assert.Equal(DeckFitter.SubtitleSizes[0], deck.Slides[0].BodyFontSize);
    }
}
