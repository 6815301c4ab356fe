using SlideGen.Tests.Sections;

namespace SlideGen.Tests.KeyPhrases;

public sealed class FallbackBulletTests
{
    [Fact]
    public void A_point_without_prose_shows_its_own_short_lines()
    {
        var outline = Frontend.Outline("""
            Field Guide to the Depot

            1. Opening hours

            The depot opens at seven on weekdays and at nine on Saturdays, and it stays closed on Sundays and public holidays.

            2. Contacts

            Jane Porter
            Depot manager
            Phone: 555 0142
            """, "guide.txt");

        var contacts = outline.Sections.Single(s => s.Heading == "Contacts");
        Assert.Equal(["Jane Porter", "Depot manager", "Phone: 555 0142"], contacts.Bullets);
    }

    [Fact]
    public void A_long_sub_point_heading_on_a_section_slide_ends_at_a_clause()
    {
        var outline = Frontend.Outline("在全市工作会议上的讲话\n\n一、总体要求\n\n（一）坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整准确全面贯彻新发展理念\n\n要把各项要求落到实处。\n\n（二）突出重点\n\n要抓住关键环节。\n", "speech.txt");

        Assert.All(outline.Sections[0].Bullets, b => Assert.True(b.Length <= 40, b));
        Assert.Contains(outline.Sections[0].Bullets, b => b.EndsWith("精神", StringComparison.Ordinal) || b.EndsWith("指导", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_long_sentence_is_shown_up_to_a_clause_boundary_and_wrapped_hyphens_join()
    {
        var wrapped = string.Join("\n", Enumerable.Range(0, 12).Select(i => $"Line {i} of a hard-wrapped standard that keeps its text within seventy-two columns."));
        var outline = Frontend.Outline(
            "Retry Policies for HTTP Clients\n\n" + wrapped + "\n\n" +
            "1.  Introduction\n\n" +
            "This document defines a \"retry hint\" as a way to carry machine-\nreadable advice about retries in an HTTP response to avoid the\nneed to define new retry formats for HTTP APIs.\n\n" +
            "2.  Terms\n\n" +
            "The key words are to be interpreted as described in BCP 14 when they appear in all capitals, as shown here.\n", "retry.txt");

        var introduction = outline.Sections.Single(s => s.Heading == "Introduction");
        var bullet = Assert.Single(introduction.Bullets);
        Assert.StartsWith("This document defines a \"retry hint\" as a way to carry machine-readable advice", bullet, StringComparison.Ordinal);
    }
}
