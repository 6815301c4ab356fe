using Scriban;
using Scriban.Runtime;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning.Speed;

/// <summary>
/// Scriban's builtins are made per run on first use and copied from objects shared by the whole process (issue 7):
/// a plan still sees all of them, named in any way, and nothing one plan does to them reaches another.
/// </summary>
public class PlanBuiltinsTests
{
    [Fact]
    public void A_plan_sees_Scribans_builtins_less_the_removed_ones_member_for_member()
    {
        var scriban = TemplateContext.GetDefaultBuiltinObject();
        var expected = scriban
            .Where(entry => !PlanBuiltins.RemovedGlobals.Contains(entry.Key))
            .Select(entry => entry.Value is ScriptObject members
                ? entry.Key + ": " + string.Join(" ", members.Keys.Where(member =>
                    !(PlanBuiltins.RemovedMembers.TryGetValue(entry.Key, out var removed) && removed.Contains(member))))
                : entry.Key)
            .ToList();
        Assert.Equal(expected.Select(line => line.Split(':')[0]).Order(StringComparer.Ordinal), PlanBuiltins.Names.Order(StringComparer.Ordinal));

        var deck = TemplateFolder.PlanDeck("""
            {{ slide { kind: "content", title: "builtins", bullets: [
                 "array: " + (array | object.keys | array.join " "), "empty", "blank",
                 "date: " + (date | object.keys | array.join " "), "html: " + (html | object.keys | array.join " "),
                 "math: " + (math | object.keys | array.join " "), "object: " + (object | object.keys | array.join " "),
                 "regex: " + (regex | object.keys | array.join " "), "string: " + (string | object.keys | array.join " "),
                 "timespan: " + (timespan | object.keys | array.join " ")] } }}
            """);

        Assert.Equal(expected, deck.Slides.Single().Bullets.Select(bullet => bullet.Text));
    }

    [Fact]
    public void A_builtin_is_found_however_a_plan_names_it()
    {
        var deck = TemplateFolder.PlanDeck("""
            {{ with string
                 a = upcase "with" # set in the run's own string object
               end
               import math
               b = round 2.6
               c = "pipe" | string.upcase
               lower = @string["downcase"]
               d = lower "INDEXER"
               shout = @string.upcase
               e = shout "pointer"
               f = [1, 2] | array.each @(do; ret $0 * 2; end) | array.join ","
               h = regex.escape "a.b"
               func escaped(x)
                 ret html.escape x
               end
               g = escaped "<b>"
               slide { kind: "content", title: "names", bullets: [string.a, b, c, d, e, f, g, h, (timespan.from_days 1).days, empty == blank] } }}
            """);

        Assert.Equal(["WITH", "3", "PIPE", "indexer", "POINTER", "2,4", "&lt;b&gt;", "a\\.b", "1", "true"],
            deck.Slides.Single().Bullets.Select(bullet => bullet.Text));
    }

    [Theory]
    [InlineData("{{ x = strng.upcase 'a' }}", "The variable or function `strng` was not found")]
    [InlineData("{{ x = string.upcse 'a' }}", "there is no field `upcse` here")]
    [InlineData("{{ x = include_join 'a' }}", "`include_join` is not available to templates")]
    [InlineData("{{ x = date.utc_now }}", "`utc_now` is not available to templates")]
    public void Unknown_and_removed_names_give_the_same_errors(string plan, string problem)
    {
        Assert.Contains(problem, TemplateFolder.PlanError(plan).Problem);
    }

    /// <summary>Tries every way a plan can change a builtin object: add a member, reassign a setting, replace a member.</summary>
    private const string Meddler = """
        {{ string.shout = "added"
           array.extra = 1
           date.format = "%Y"
           date.default_format = "%Y"
           math.pi = 3
           object.keys = 4
           string = "shadowed"
           slide { kind: "title", title: "meddler" } }}
        """;

    /// <summary>Shows what the meddler would have changed.</summary>
    private const string Observer = """
        {{ slide { kind: "title", title: join_text [(string | object.has_key "shout"), (array | object.has_key "extra"),
             date.format, date.default_format, (math | object.has_key "pi"), (object | object.keys | array.size), (string.upcase "s")] "|" } }}
        """;

    [Fact]
    public void A_plan_that_changes_builtins_changes_them_for_itself_only()
    {
        using var meddler = TemplateFolder.Create(Meddler);
        using var observer = TemplateFolder.Create(Observer);
        var meddlerTemplate = meddler.Load();
        var observerTemplate = observer.Load();
        var before = DeckPlanner.Plan(SampleOutline.Create(), observerTemplate).Slides.Single().Title;

        DeckPlanner.Plan(SampleOutline.Create(), meddlerTemplate);
        var after = DeckPlanner.Plan(SampleOutline.Create(), observerTemplate).Slides.Single().Title;

        Assert.Equal("false|false|%d %b %Y|%d %b %Y|false|" + before.Split('|')[5] + "|S", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Plans_running_at_once_never_see_each_others_changes()
    {
        using var meddler = TemplateFolder.Create(Meddler);
        using var observer = TemplateFolder.Create(Observer);
        var meddlerTemplate = meddler.Load();
        var observerTemplate = observer.Load();
        var expected = DeckPlanner.Plan(SampleOutline.Create(), observerTemplate).Slides.Single().Title;

        var seen = new string?[64];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0) DeckPlanner.Plan(SampleOutline.Create(), meddlerTemplate);
            else seen[i] = DeckPlanner.Plan(SampleOutline.Create(), observerTemplate).Slides.Single().Title;
        });

        Assert.All(seen.Where((_, i) => i % 2 == 1), title => Assert.Equal(expected, title));
    }
}
