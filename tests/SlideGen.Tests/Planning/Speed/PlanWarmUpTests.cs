using ScribanTemplate = Scriban.Template;
using SlideGen.Diagnostics;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning.Speed;

/// <summary>The warm-up that loads the template and imports its builtins beside the outline stage (issue 7).</summary>
public class PlanWarmUpTests
{
    [Fact]
    public void The_warm_up_finds_the_builtins_a_plan_names_however_it_names_them()
    {
        var page = ScribanTemplate.Parse("""
            {{ x = doc.title | string.upcase
               with html
               end
               import math
               func f(p)
                 ret p | regex.escape
               end
               y = [1] | array.size
               for d in date.parse("2024-01-01") | object.keys
               end
               z = $local + timespan.zero.days }}
            """).Page!;

        var names = PlanWarmUp.GlobalNames(page);

        Assert.Superset(new HashSet<string> { "doc", "string", "html", "math", "regex", "array", "date", "object", "timespan", "x", "f", "y", "z" }, names);
        Assert.DoesNotContain("local", names);
    }

    [Fact]
    public void Warming_up_for_a_broken_template_throws_nothing_and_the_plan_still_reports_the_problem()
    {
        using var badScript = TemplateFolder.Create("{{ if }}");
        using var badSettings = TemplateFolder.Create("""{{ slide { kind: "title", title: "x" } }}""", "{ \"name\": 3 }");

        PlanWarmUp.Run(badScript.Path);
        PlanWarmUp.Run(badSettings.Path);
        PlanWarmUp.Run(Path.Combine(badScript.Root, "missing"));

        var error = Assert.Throws<SlideGenException>(() => DeckPlanner.Plan(SampleOutline.Create(), badScript.Load()));
        Assert.Equal(badScript.PlanPath, error.Position.File);
        Assert.Throws<SlideGenException>(() => badSettings.Load());
    }
}
