using System.Text;
using SlideGen.Cleaning;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Tests.Reading;

public class MarkdownReaderTests
{
    private static SourceDocument ReadFixture(string name)
    {
        var path = DocxBuilder.FixturePath(name);
        return new MarkdownReader().Read(File.ReadAllBytes(path), path);
    }

    private static SourceDocument ReadText(string markdown, string path = "inline.md") =>
        new MarkdownReader().Read(Encoding.UTF8.GetBytes(markdown), path);

    [Fact]
    public void Front_matter_gives_title_author_and_date_and_is_not_a_block()
    {
        var document = ReadFixture("speech_zh.md");

        Assert.Equal("在全市科技创新工作会议上的讲话", document.Title);
        Assert.Equal("李明", document.Author);
        Assert.Equal("2024年3月15日", document.Date);
        Assert.Equal("同志们：", document.Blocks[0].Text);
        Assert.Equal(7, document.Blocks[0].Line);
    }

    [Fact]
    public void Atx_headings_carry_their_level_and_source_line()
    {
        var headings = ReadFixture("speech_zh.md").Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();

        Assert.Equal(
            ["2 一、充分肯定过去一年取得的成绩", "3 （一）创新投入持续加大", "3 （二）创新平台加快建设", "2 二、准确把握当前面临的形势",
             "2 三、扎实做好今年重点工作", "3 （一）强化企业创新主体地位", "3 （二）加强科技人才队伍建设"],
            headings.Select(h => $"{h.HeadingLevel} {h.Text}"));
        Assert.Equal(11, headings[0].Line);
    }

    [Fact]
    public void Setext_headings_carry_their_level_and_the_reader_leaves_the_lone_h1_to_the_structure_stage()
    {
        var document = ReadFixture("report_en.md");

        // Reading reports the format's facts; whether the lone opening heading is the title is a structure decision.
        Assert.Null(document.Title);
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(h => $"{h.HeadingLevel} {h.Text}");
        Assert.Equal(["1 Caching Layer for the Orders Service", "2 Status", "2 Background", "2 Proposal", "3 Capacity", "3 Failure modes", "2 Rollout"], headings);

        var outline = SectionDetector.Detect(TextCleaner.Clean(document));
        Assert.Equal("Caching Layer for the Orders Service", outline.Title);
        Assert.Equal(["Status", "Background", "Proposal", "Rollout"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Several_h1_headings_stay_headings()
    {
        var document = ReadText("# Part one\n\nText.\n\n# Part two\n\nMore text.\n");

        Assert.Null(document.Title);
        Assert.Equal(["Part one", "Part two"], document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void Ordered_list_items_keep_their_numbers_as_written()
    {
        var items = ReadFixture("report_en.md").Blocks.Where(b => b.Kind == BlockKind.ListItem && b.Marker is not null).ToList();

        Assert.Equal(["1.", "3.", "4."], items.Select(i => i.Marker));
        Assert.Equal("Cache order summaries for 60 seconds.", items[0].Text);
        Assert.Equal(25, items[0].Line);
    }

    [Fact]
    public void Bullet_items_are_list_items_without_a_marker()
    {
        var bullets = ReadFixture("report_en.md").Blocks.Where(b => b.Kind == BlockKind.ListItem && b.Marker is null);

        Assert.Equal(["A cold cache after deployment.", "Stale entries when the outbox lags."], bullets.Select(b => b.Text));
    }

    [Fact]
    public void Emphasis_is_plain_text_with_its_spans_recorded()
    {
        var paragraph = ReadFixture("report_en.md").Blocks.Single(b => b.Text.StartsWith("The orders service"));

        Assert.DoesNotContain("*", paragraph.Text);
        var spans = paragraph.Emphasis.Select(s => paragraph.Text.Substring(s.Start, s.Length));
        Assert.Equal(["every", "p99 latency doubles"], spans);
    }

    [Fact]
    public void Nested_strong_and_emphasis_give_one_span()
    {
        var block = ReadText("Say ***this*** once, then `code` and [a link](https://example.com).").Blocks.Single();

        Assert.Equal("Say this once, then code and a link.", block.Text);
        Assert.Equal([(4, 4)], block.Emphasis);
    }

    [Fact]
    public void Images_next_to_the_file_become_image_blocks_and_missing_ones_are_skipped()
    {
        var images = ReadFixture("report_en.md").Blocks.Where(b => b.Kind == BlockKind.Image).ToList();

        var image = Assert.Single(images);
        Assert.Equal("Read latency by hour", image.Text);
        Assert.Equal("image/png", image.Images[0].ContentType);
        Assert.Equal(File.ReadAllBytes(DocxBuilder.FixturePath("latency.png")), image.Images[0].Bytes);
    }

    [Fact]
    public void Pipe_tables_are_one_table_block_of_rows()
    {
        var table = ReadFixture("report_en.md").Blocks.Single(b => b.Kind == BlockKind.Table);

        Assert.Equal("Tier | Memory | Nodes\nSmall | 8 GB | 3\nLarge | 32 GB | 6", table.Text);
    }

    [Fact]
    public void Code_blocks_and_quotes_are_paragraphs()
    {
        var blocks = ReadFixture("report_en.md").Blocks;

        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "cache.get(orderId) ?? db.load(orderId)");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith("Reviewers asked"));
    }

    [Fact]
    public void Front_matter_lists_of_authors_are_joined()
    {
        var document = ReadText("---\ntitle: \"Annual review\"\nauthors:\n  - Ann Lee\n  - Bo Chen\ndate: 2024-05-01\n---\n\nBody.\n");

        Assert.Equal("Annual review", document.Title);
        Assert.Equal("Ann Lee, Bo Chen", document.Author);
        Assert.Equal("2024-05-01", document.Date);
    }
}
