namespace SlideGen.Tests.Sections;

/// <summary>English plain text whose headings carry no numbers, only their own line and title case.</summary>
public sealed class UnnumberedHeadingTests
{
    [Fact]
    public void Title_case_lines_between_blank_lines_are_headings_when_the_document_uses_them()
    {
        var outline = Frontend.FixtureOutline("unnumbered_report_en.txt");

        Assert.Equal("Annual Report of the City Water Board", outline.Title);
        Assert.Equal("the Board Secretariat", outline.Speaker);
        Assert.Equal("March 2025", outline.Date);
        Assert.Equal(["Executive Summary", "Network Performance", "Finance", "Outlook"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void One_or_two_short_lines_are_not_a_heading_convention()
    {
        var outline = Frontend.Outline("""
            Remarks at the Library Opening

            Good afternoon, and thank you all for coming out in the rain to see the new branch library open its doors today.

            Special Thanks

            The building would not exist without the volunteers who raised the last third of the money through bake sales and book fairs.

            We open at nine tomorrow, and the children's corner is already full of books waiting for their first readers.
            """, "remarks.txt");

        Assert.Empty(outline.Sections);
    }
}
