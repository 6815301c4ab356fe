using SlideGen.Reading;
using SlideGen.Tests.Reading;

namespace SlideGen.Tests.Sections;

/// <summary>Conventions of Word and Markdown files that reach the outline and the slides.</summary>
public sealed class WordConventionTests
{
    [Fact]
    public void Short_bold_paragraphs_are_headings_when_the_document_uses_that_convention()
    {
        var docx = new DocxBuilder()
            .Paragraph("Quarterly review of the support desk", style: null)
            .Paragraph("Ticket volume", bold: true)
            .Paragraph("Tickets rose by a fifth this quarter, mostly password resets after the migration to the new directory.")
            .Paragraph("Response times", bold: true)
            .Paragraph("Median first response fell from nine hours to four once the rota covered evenings and weekends.")
            .Build();

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(docx, "review.docx"));

        Assert.Equal(["Ticket volume", "Response times"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_single_bold_paragraph_is_just_emphasis_not_a_heading()
    {
        var docx = new DocxBuilder()
            .Paragraph("Notice to staff", style: null)
            .Paragraph("Please read this before Friday.", bold: true)
            .Paragraph("The office will close early on Friday for the electrical inspection, and the lifts will be off from three.")
            .Build();

        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(docx, "notice.docx"));

        Assert.Empty(outline.Sections);
    }

    [Fact]
    public void Emphasis_in_Markdown_is_bold_on_the_slide()
    {
        var markdown = """
            ---
            title: Release practice
            ---

            ## Smaller releases

            We must **ship smaller releases** every month. Teams that do this recover faster from their mistakes.

            ## Review queue

            The review queue is where the time goes. Reviews that wait a week cost more than the code under review.
            """;
        var outline = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(markdown), "talk.md"));
        var deck = SlideGenerator.PlanDeck(outline, new ConvertOptions());

        Assert.Contains("ship smaller releases", outline.Sections[0].Emphasized);
        var bullets = deck.Slides.SelectMany(s => s.Bullets).ToList();
        Assert.Contains(bullets, b => b.Emphasis && b.Text.Contains("ship smaller releases", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.Emphasis && b.Text.Contains("review queue", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Chinese_numbered_items_under_headings_are_points_in_Markdown_and_text_alike()
    {
        const string markdown = "# 在全市城市管理工作会议上的讲话\n\n## 一、提升服务水平\n\n1. 推进智慧城管建设，建立统一指挥平台。\n2. 优化审批流程，压缩办理时限。\n3. 畅通群众诉求渠道，做到件件有回音。\n";
        const string text = "在全市城市管理工作会议上的讲话\n\n一、提升服务水平\n\n1.推进智慧城管建设，建立统一指挥平台。\n2.优化审批流程，压缩办理时限。\n3.畅通群众诉求渠道，做到件件有回音。\n";

        var fromMarkdown = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(markdown), "speech.md"));
        var fromText = SlideGenerator.BuildOutline(DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(text), "speech.txt"));

        Assert.Equal(["推进智慧城管建设", "优化审批流程", "畅通群众诉求渠道"], fromText.Sections[0].Children.Select(c => c.Title));
        Assert.Equal(["推进智慧城管建设，建立统一指挥平台", "优化审批流程，压缩办理时限", "畅通群众诉求渠道，做到件件有回音"], fromText.Sections[0].Children.Select(c => c.Heading));
        Assert.Equal(fromText.Sections[0].Children.Select(c => c.Title), fromMarkdown.Sections[0].Children.Select(c => c.Title));
    }
}
