using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning.Speed;

/// <summary>Plans run on big-stack threads kept from one plan to the next (issue 7).</summary>
public class PlanThreadsTests
{
    private static string Describe(Deck deck) => string.Join("\n---\n", deck.Slides.Select(slide =>
        $"{slide.Kind}|{slide.Title}|{slide.Subtitle}|{slide.LayoutName}|{slide.Notes}|" +
        string.Join(";", slide.Bullets.Select(bullet => $"{bullet.Level}:{bullet.Emphasis}:{bullet.Text}"))));

    [Fact]
    public void A_plan_after_failing_plans_runs_as_if_it_were_the_first()
    {
        using var failing = TemplateFolder.Create("""{{ slide { kind: "title", title: "x" }; x = doc.titel }}""");
        using var deep = TemplateFolder.Create("{{ func down(n)\n ret down(n + 1)\nend\nx = down 1 }}");
        using var good = TemplateFolder.Create("""{{ slide { kind: "title", title: doc.title } }}""");
        var expected = Describe(DeckPlanner.Plan(SampleOutline.Create(), good.Load()));

        for (var round = 0; round < 3; round++)
        {
            var error = Assert.Throws<SlideGenException>(() => DeckPlanner.Plan(SampleOutline.Create(), failing.Load()));
            Assert.Equal((1, 49), (error.Position.Line, error.Position.Column));
            Assert.Contains("there is no field `titel` here", error.Problem);
            var tooDeep = Assert.Throws<SlideGenException>(() => DeckPlanner.Plan(SampleOutline.Create(), deep.Load()));
            Assert.Equal(ExitCodes.TemplateError, tooDeep.ExitCode);
            Assert.Equal(expected, Describe(DeckPlanner.Plan(SampleOutline.Create(), good.Load())));
        }
    }

    [Fact]
    public void Plans_run_at_once_give_the_decks_they_give_one_by_one()
    {
        var templates = TemplateCatalog.BuiltinNames().Select(TemplateCatalog.Resolve).ToList();
        var expected = templates.Select(template => Describe(DeckPlanner.Plan(SampleOutline.Create(), template))).ToList();

        var seen = new string[templates.Count * 16];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 12 },
            i => seen[i] = Describe(DeckPlanner.Plan(SampleOutline.Create(), templates[i % templates.Count])));

        for (var i = 0; i < seen.Length; i++) Assert.Equal(expected[i % templates.Count], seen[i]);
    }
}
