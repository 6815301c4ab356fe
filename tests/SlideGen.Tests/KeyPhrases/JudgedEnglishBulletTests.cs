using SlideGen.KeyPhrases;

namespace SlideGen.Tests.KeyPhrases;

/// <summary>
/// The judged bullet set, English: texts written for these tests in the shapes design documents and guides take,
/// the bullets a presenter would keep, and the fragments that must never reach a slide (issue 14).
/// </summary>
public sealed class JudgedEnglishBulletTests
{
    [Fact]
    public void Lines_of_a_code_sample_are_never_bullets()
    {
        const string body = """
            Configuration files are read once at start-up and cached for the life of the process.
            Here is a minimal loader::
            def load(path):
            # Read the whole file at once (small files only):
            text = open(path).read()
            return parse(text)
            >>> load("app.toml")
            A reload requires a restart of the service.
            """;

        var bullets = EnglishKeyPhrases.Extract("Loading configuration", body);

        Assert.Contains(bullets, b => b.StartsWith("Configuration files are read once", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.Contains("def ", StringComparison.Ordinal) || b.Contains(">>>", StringComparison.Ordinal)
                                            || b.StartsWith('#') || b.Contains(" = ", StringComparison.Ordinal) || b.StartsWith("Return", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith("Here is", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Split the input into lines:")]
    [InlineData("result = compute(items)")]
    [InlineData(">>> print(report.summary())")]
    [InlineData("for item in queue[1:]:")]
    [InlineData("if not ready:")]
    public void Code_is_recognised(string line) => Assert.True(EnglishKeyPhrases.IsCode(line), line);

    [Theory]
    [InlineData("The cache keeps the ``__dict__`` of every loaded module.")]
    [InlineData("Reviewers should check the tests before the code.")]
    [InlineData("For each request the server returns a status code.")]
    public void Prose_that_quotes_a_literal_is_not_code(string sentence) => Assert.False(EnglishKeyPhrases.IsCode(sentence), sentence);

    [Fact]
    public void The_tail_of_a_list_is_never_taken_for_a_main_clause()
    {
        const string body = "A hook is a callable that runs as the last step of every build in a project, package, module, or workspace definition. Hooks can be chained.";

        var bullets = EnglishKeyPhrases.Extract("Build hooks", body);

        Assert.DoesNotContain(bullets, b => b.StartsWith("Package", StringComparison.Ordinal) || b.StartsWith("Module", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.StartsWith("A hook is a callable", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attribution_line_and_a_list_dash_do_not_reach_the_slide()
    {
        const string body = """
            Small teams rarely need a formal process.
            -- A. Writer, in a newsletter, 2003-04-05
            - Every change is reviewed by one other person before it is merged.
            - Releases happen on the first Monday of each month.
            """;

        var bullets = EnglishKeyPhrases.Extract("Process", body);

        Assert.DoesNotContain(bullets, b => b.Contains("A. Writer", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith('-'));
        Assert.Contains(bullets, b => b.StartsWith("Every change is reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_aside_inside_the_verb_phrase_does_not_cut_the_verb_from_its_object()
    {
        const string body = "The library board will, as a first step, publish its yearly accounts online. Readers can then compare the branches.";

        var bullets = EnglishKeyPhrases.Extract("Open accounts", body);

        Assert.Contains("The library board will publish its yearly accounts online", bullets);
        Assert.DoesNotContain(bullets, b => b.EndsWith("as a first step", StringComparison.Ordinal) || b.EndsWith(" will", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("First of all, the committee believes")]
    [InlineData("The future of the harbour depends")]
    public void A_verb_that_waits_for_its_complement_does_not_end_a_bullet(string fragment) =>
        Assert.True(EnglishKeyPhrases.IsFragment(fragment), fragment);

    [Fact]
    public void ReStructuredText_marks_do_not_reach_the_slide()
    {
        const string body = """
            The loader calls ``read_config()`` once and keeps the result for the whole session, as the Tutorial_ explains.
            Several users [#survey]_, in their replies, asked for a reload command that needs no restart.
            .. _Tutorial: https://example.org/tutorial
            """;

        var bullets = EnglishKeyPhrases.Extract("Loading once", body);

        Assert.DoesNotContain(bullets, b => b.Contains("``", StringComparison.Ordinal) || b.StartsWith("..", StringComparison.Ordinal)
                                            || b.Contains("Tutorial_", StringComparison.Ordinal) || b.Contains("_,", StringComparison.Ordinal) || b.Contains("[#", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.StartsWith("The loader calls read_config", StringComparison.Ordinal));
    }
}
