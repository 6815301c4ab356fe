using SlideGen.KeyPhrases;

namespace SlideGen.Tests.Reading;

public class EnglishKeyPhrasesTests
{
    private const string DesignDoc =
        "The billing service recomputes every invoice from raw usage events at the end of each month. " +
        "However, the recomputation takes nine hours, which delays invoices for our largest customers. " +
        "We propose to aggregate usage events into hourly totals as they arrive, so that the monthly job only sums totals. " +
        "Hourly totals must be idempotent because the event stream delivers some events twice. " +
        "For example, a retried upload can resend a whole day of events. " +
        "In addition, the aggregation should keep raw events for ninety days to support audits and disputes.";

    private const string RfcText =
        "A client MUST include the Idempotency-Key header field in every request that creates a resource. " +
        "The server SHOULD store the key together with the response status and body for at least twenty-four hours, " +
        "because clients retry after network failures that they cannot observe. " +
        "When a request arrives with a key the server has already seen, the server MUST return the stored response " +
        "instead of processing the request again. " +
        "Servers MAY reject keys longer than 255 characters.";

    private const string Talk =
        "Thank you all for coming this morning. " +
        "Three years ago our city had one of the slowest bus networks in the region. " +
        "So we redesigned every route around frequent service on a small number of main corridors. " +
        "Today, buses on those corridors arrive every eight minutes, and ridership has grown by a third. " +
        "And we did it without adding a single bus to the fleet, which many people told us was impossible. " +
        "Next year we will extend the same approach to the northern districts.";

    public static TheoryData<string, string> Texts() => new()
    {
        { "Incremental aggregation", DesignDoc },
        { "Idempotency keys", RfcText },
        { "Faster buses", Talk },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Bullets_are_short_whole_phrases_from_the_text(string heading, string body)
    {
        var bullets = EnglishKeyPhrases.Extract(heading, body);

        Assert.InRange(bullets.Count, 2, 5);
        var normalizedBody = body.ToLowerInvariant();
        foreach (var bullet in bullets)
        {
            var words = bullet.Split(' ');
            Assert.InRange(words.Length, 3, EnglishKeyPhrases.MaxWords);
            // Extractive: each bullet is a stretch of the source (asides such as ", however," aside).
            Assert.Contains(string.Join(' ', words.Take(3)).ToLowerInvariant(), normalizedBody);
            Assert.DoesNotMatch(@"\b(and|or|the|of|to|with|a|an|for|in|that|which|because)$", bullet.ToLowerInvariant());
            Assert.DoesNotMatch(@"[,;:]$", bullet);
            Assert.True(char.IsUpper(bullet[0]), bullet);
        }
        Assert.Equal(bullets.Count, bullets.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_framing_colon_hands_the_point_to_what_follows_and_a_cut_never_drops_the_verb()
    {
        const string body =
            "If you remember one thing from this talk, let it be this: small teams survive by sharing the boring work. " +
            "The common thread is that each of these mistakes saved us a little effort and cost our users a great deal of it. " +
            "Automation helps, but only when someone owns the pipeline.";

        var bullets = EnglishKeyPhrases.Extract("Closing thoughts", body);

        Assert.Contains("Small teams survive by sharing the boring work", bullets);
        Assert.DoesNotContain(bullets, b => b.Equals("The common thread", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.StartsWith("Let it be this", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the cached query plans could become", true)]
    [InlineData("As the profiles are collected from production binaries, which are already optimized", true)]
    [InlineData("Instead of instrumenting the binary and collecting profiles", true)]
    [InlineData("When the cache is cold, reads go to the database", false)]
    [InlineData("Most plans stay in the cache after a migration", false)]
    [InlineData("This document defines a problem detail as a way", true)]
    [InlineData("Two of our maintainers joined this way", false)]
    public void Cuts_that_leave_half_a_thought_are_fragments(string phrase, bool fragment)
    {
        Assert.Equal(fragment, EnglishKeyPhrases.IsFragment(phrase));
    }

    [Fact]
    public void The_proposal_and_the_requirements_of_a_design_doc_are_the_points()
    {
        var bullets = EnglishKeyPhrases.Extract("Incremental aggregation", DesignDoc);

        Assert.Contains("We propose to aggregate usage events into hourly totals as they arrive", bullets);
        Assert.Contains("Hourly totals must be idempotent", bullets);
        Assert.DoesNotContain(bullets, b => b.StartsWith("For example", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Leading_connectives_are_dropped_and_bullets_keep_document_order()
    {
        var bullets = EnglishKeyPhrases.Extract("Incremental aggregation", DesignDoc, max: 5);
        var twoSentences = EnglishKeyPhrases.Extract("Cost", "However, the recomputation takes nine hours. In addition, raw events are kept for audits.");

        Assert.DoesNotContain(bullets, b => b.StartsWith("However") || b.StartsWith("In addition"));
        Assert.Equal(["The recomputation takes nine hours", "Raw events are kept for audits"], twoSentences);
        var positions = bullets.Select(b => DesignDoc.IndexOf(b[1..], StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Long_sentences_are_cut_at_a_clause_boundary()
    {
        var bullets = EnglishKeyPhrases.Extract("Idempotency keys", RfcText);

        Assert.Contains("The server SHOULD store the key together with the response status", bullets);
        Assert.Contains("The server MUST return the stored response", bullets);
    }

    [Fact]
    public void A_talk_gives_its_claims_without_fillers()
    {
        var bullets = EnglishKeyPhrases.Extract("Faster buses", Talk);

        Assert.DoesNotContain(bullets, b => b.StartsWith("So ") || b.StartsWith("And ") || b.StartsWith("Today"));
        Assert.Contains(bullets, b => b.StartsWith("Buses on those corridors arrive every eight minutes"));
    }

    [Fact]
    public void Max_limits_the_number_of_bullets()
    {
        Assert.Equal(2, EnglishKeyPhrases.Extract("Idempotency keys", RfcText, max: 2).Count);
    }

    [Fact]
    public void An_empty_body_gives_no_bullets()
    {
        Assert.Empty(EnglishKeyPhrases.Extract("Heading", ""));
        Assert.Empty(EnglishKeyPhrases.Extract("Heading", "  \n "));
    }

    [Fact]
    public void A_single_sentence_with_two_clauses_gives_two_bullets()
    {
        var bullets = EnglishKeyPhrases.Extract("Rollout", "Enable the cache for five percent of traffic first; widen the rollout every week after review.");

        Assert.Equal(["Enable the cache for five percent of traffic first", "Widen the rollout every week after review"], bullets);
    }
}
