using SlideGen.KeyPhrases;
using SlideGen.Sections;
using SlideGen.Tests.Sections;

namespace SlideGen.Tests.KeyPhrases;

/// <summary>Bullets are the speech's own words: short, whole phrases, in the order the speaker said them.</summary>
public class ChineseKeyPhraseTests
{
    public static TheoryData<string> Speeches => ["levels_zh.txt", "chrome_zh.txt", "wrapped_blob_zh.txt", "connectives_zh.txt"];

    private static readonly string[] DanglingStarts = ["因此", "同时", "要", "并", "而且", "只有"];

    // Verbs that end in a character which is a connective on its own.
    private static readonly string[] WordsEndingLikeConnectives = ["参与", "给与", "目的", "缓和", "祥和", "平和"];

    private static IEnumerable<(OutlineNode Node, string Bullet)> Bullets(string fixture) =>
        Frontend.All(Frontend.FixtureOutline(fixture)).SelectMany(n => n.Bullets.Select(b => (n, b)));

    [Theory]
    [MemberData(nameof(Speeches))]
    public void Every_leaf_gets_two_to_seven_bullets(string fixture)
    {
        var leaves = Frontend.Leaves(Frontend.FixtureOutline(fixture));

        Assert.NotEmpty(leaves);
        Assert.All(leaves, leaf => Assert.InRange(leaf.Bullets.Count, 2, KeyPhraseExtractor.MaxBullets));
    }

    [Fact]
    public void A_quoted_list_is_kept_whole_with_its_short_name()
    {
        const string body = "社团工作还有不少短板，我们把今后的思路概括为“早谋划、勤沟通、细落实、重反馈”八字要诀。同学们要主动参与，积极提出建议。";

        var bullets = ChineseKeyPhrases.Extract(body, heading: "社团工作");

        Assert.Contains(bullets, b => b.Contains("“早谋划、勤沟通、细落实、重反馈”八字要诀", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Speeches))]
    public void Bullets_are_at_most_forty_characters(string fixture) =>
        Assert.All(Bullets(fixture), x => Assert.True(x.Bullet.Length <= 40, x.Bullet));

    [Theory]
    [MemberData(nameof(Speeches))]
    public void No_bullet_starts_with_a_dangling_connective(string fixture) =>
        Assert.All(Bullets(fixture), x => Assert.DoesNotContain(DanglingStarts, s => x.Bullet.StartsWith(s, StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Speeches))]
    public void No_bullet_ends_with_de_he_or_yu(string fixture) =>
        Assert.All(Bullets(fixture), x => Assert.False(
            x.Bullet[^1] is '的' or '和' or '与' && !WordsEndingLikeConnectives.Any(w => x.Bullet.EndsWith(w, StringComparison.Ordinal)), x.Bullet));

    [Theory]
    [MemberData(nameof(Speeches))]
    public void No_point_repeats_a_bullet(string fixture)
    {
        foreach (var node in Frontend.All(Frontend.FixtureOutline(fixture)))
            Assert.Equal(node.Bullets.Count, node.Bullets.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Speeches))]
    public void Bullets_are_the_speakers_own_words_in_document_order(string fixture)
    {
        foreach (var node in Frontend.All(Frontend.FixtureOutline(fixture)))
        {
            var source = Frontend.LettersOnly(node.FullText);
            var previous = -1;
            foreach (var bullet in node.Bullets)
            {
                // A joined parallel phrase is extractive clause by clause; each clause appears as written.
                var clauses = bullet.Split('，').Select(Frontend.LettersOnly).Where(c => c.Length > 0).ToList();
                var at = source.IndexOf(clauses[0], previous + 1, StringComparison.Ordinal);
                Assert.True(at > previous, $"'{bullet}' is not in '{node.Marker}{node.Heading}' after the bullet before it");
                Assert.All(clauses, c => Assert.Contains(c, source, StringComparison.Ordinal));
                previous = at;
            }
        }
    }

    [Fact]
    public void Parallel_clauses_are_joined_into_one_bullet()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");

        Assert.Contains("坚守服务宗旨不动摇，坚持工作标准不放松", outline.Sections[0].Bullets);
        Assert.Contains("坚守服务宗旨不动摇，坚持工作标准不放松", ChineseKeyPhrases.Extract("我们要坚守服务宗旨不动摇，坚持工作标准不放松，始终同党中央保持高度一致。"));
    }

    [Fact]
    public void Enumeration_is_kept_whole()
    {
        var bullets = ChineseKeyPhrases.Extract("学习要聚焦新思想新要求，做到强基础、补短板、增后劲，切实提高学习实效。");

        var enumeration = Assert.Single(bullets, b => b.Contains("补短板", StringComparison.Ordinal));
        Assert.Contains("强基础、补短板、增后劲", enumeration, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_connectives_are_trimmed_but_the_phrase_stays()
    {
        var bullets = ChineseKeyPhrases.Extract("因此，我们必须把抓基层、打基础作为长远之计。同时，要完善网格化管理服务机制，推动资源力量向网格下沉。");

        Assert.Contains("把抓基层、打基础作为长远之计", bullets);
        Assert.Contains(bullets, b => b.StartsWith("完善网格化管理服务机制", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_with_sub_points_lists_their_headings_after_its_own_phrases()
    {
        var section = Frontend.FixtureOutline("levels_zh.txt").Sections[0];
        var bullets = section.Bullets.ToList();

        // Each sub-head comes in order, followed by its sub-point's leading phrases while the slide has room.
        var first = bullets.IndexOf("加强理论武装");
        var second = bullets.IndexOf("严肃组织生活");
        Assert.True(first >= 0 && second > first, string.Join(" | ", bullets));
        Assert.InRange(bullets.Count, 2, KeyPhraseExtractor.MaxBullets);
        Assert.True(second > first + 1, "the first sub-point's phrase stands under its head: " + string.Join(" | ", bullets));
    }

    [Fact]
    public void A_verb_ending_in_yu_is_not_cut()
    {
        var bullets = ChineseKeyPhrases.Extract("文明创建是一项系统工程，需要全社会共同参与，各级各部门要高度重视。", 3);

        Assert.DoesNotContain("需要全社会共同参", bullets);
    }

    [Fact]
    public void Times_and_thousands_are_not_split_at_their_ascii_separators()
    {
        var bullets = ChineseKeyPhrases.Extract("会议定于10:30在市民中心召开，请3,000名网格员准时参加线上培训。", 4);

        Assert.DoesNotContain(bullets, b => b.EndsWith("10", StringComparison.Ordinal) || b.StartsWith("30", StringComparison.Ordinal)
            || b.EndsWith("3", StringComparison.Ordinal) || b.StartsWith("000", StringComparison.Ordinal));
    }

    [Fact]
    public void Scene_setting_adverbials_are_not_bullets()
    {
        var bullets = SlideGen.KeyPhrases.ChineseKeyPhrases.Extract(
            "在重点项目资金保障、基层“三保”兜底等急难险重任务中，要让党旗在一线高高飘扬。围绕“强基础、提质量、创品牌”的思路，扎实推进支部标准化建设，每个支部每年至少开展专题调研1次。");

        Assert.DoesNotContain(bullets, b => b.StartsWith("在重点项目", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith("围绕", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("让党旗在一线高高飘扬", StringComparison.Ordinal));
    }

    [Fact]
    public void Clauses_that_only_introduce_what_follows_are_not_bullets()
    {
        var bullets = SlideGen.KeyPhrases.ChineseKeyPhrases.Extract(
            "在肯定成绩的同时，我们也清醒地看到，产业链条还不够长，要素保障还不够有力，发展还不够均衡。");

        Assert.DoesNotContain(bullets, b => b.Contains("看到", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith("也", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("产业链条还不够长", StringComparison.Ordinal));
    }
}
