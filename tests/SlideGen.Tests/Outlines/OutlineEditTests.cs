using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Outlines;
using SlideGen.Sections;

namespace SlideGen.Tests.Outlines;

/// <summary>Issue 16: edits to an outline file do what the person editing it means.</summary>
public sealed class OutlineEditTests
{
    private const string Talk = """
        Three Changes for the Support Desk

        Good morning. I would like to propose three changes to how our support desk works.

        1. Answer within the hour

        Customers who wait more than an hour write again, and every second message doubles our work. We will answer every new ticket within the hour, even if only to say who is looking at it.

        2. One owner per ticket

        A ticket passed between three people takes twice as long to close. From next month every ticket has one owner from the first reply to the last.

        3. Close the loop

        When a ticket is solved, we will ask the customer whether the answer helped. The replies will tell us which answers to improve.
        """;

    private static string OutlineFile() => OutlineMarkdown.Write(SlideGenerator.BuildOutline(SlideGen.Reading.DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(Talk), "talk.txt")));

    private static Outline Read(string markdown) => RoundTrip.ReadMarkdown(markdown);

    private static Deck Plan(string markdown, ConvertOptions? options = null)
    {
        var file = RoundTrip.Read(markdown);
        return SlideGenerator.PlanDeck(file.Outline, options ?? new ConvertOptions { Date = RoundTrip.Date });
    }

    private static List<string> Titles(Deck deck) => deck.Slides.Where(s => s.Kind == SlideKind.Content).Select(s => s.Title).ToList();

    /// <summary>The lines of the file from the heading that contains <paramref name="heading"/> up to the next heading.</summary>
    private static string PointText(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n# ", markdown.IndexOf(heading, StringComparison.Ordinal) - 12, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n# ", start + 1, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    [Fact]
    public void The_file_shows_markers_bullets_and_notes_as_written()
    {
        var markdown = OutlineFile();

        Assert.StartsWith("---\nslidegen: outline 1\ntitle: \"Three Changes for the Support Desk\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# `1.` Answer within the hour\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n```notes\n1. Answer within the hour\nCustomers who wait", markdown, StringComparison.Ordinal);
        Assert.Contains("\n```opening\nGood morning.", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\n- \S", markdown);
    }

    [Fact]
    public void Renaming_a_heading_renames_its_slide_and_keeps_its_notes()
    {
        var edited = OutlineFile().Replace("# `2.` One owner per ticket", "# `2.` One owner, start to finish", StringComparison.Ordinal);

        var point = Read(edited).Sections[1];
        Assert.Equal("One owner, start to finish", point.Heading);
        Assert.StartsWith("2. One owner per ticket\nA ticket passed", point.OwnText, StringComparison.Ordinal);
        Assert.Contains(Titles(Plan(edited)), t => t.Contains("One owner, start to finish", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_titled_by_its_first_clause_shows_the_title_and_a_rename_replaces_both()
    {
        const string items = "城市管理工作要点\n\n1.完善街巷保洁制度，落实门前三包责任。\n\n2.推进智慧停车建设，建立统一调度平台。\n\n3.加强夜间施工管理，减少噪声扰民投诉。\n";
        var outline = SlideGenerator.BuildOutline(SlideGen.Reading.DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(items), "items.txt"));
        var point = outline.Sections[1];
        Assert.NotEqual(point.Heading, point.Title); // the case this test is about: the slide shows the first clause
        var markdown = OutlineMarkdown.Write(outline);

        Assert.Contains($"\n# `2.` {point.Title}\n", markdown, StringComparison.Ordinal);
        var read = Read(markdown).Sections[1];
        Assert.Equal((point.Heading, point.Title, point.Body), (read.Heading, read.Title, read.Body));

        var renamed = Read(markdown.Replace($"# `2.` {point.Title}\n", "# `2.` 智慧停车\n", StringComparison.Ordinal)).Sections[1];
        Assert.Equal(("智慧停车", "智慧停车"), (renamed.Heading, renamed.Title));
    }

    [Fact]
    public void Changing_a_marker_changes_it_on_the_slide()
    {
        var edited = OutlineFile().Replace("# `3.` Close the loop", "# `Finally,` Close the loop", StringComparison.Ordinal);

        Assert.Equal("Finally,", Read(edited).Sections[2].Marker);
    }

    [Fact]
    public void Moving_a_point_moves_its_slide()
    {
        var markdown = OutlineFile();
        var third = PointText(markdown, "Close the loop");
        var edited = markdown.Replace(third, "", StringComparison.Ordinal);
        edited = edited.Insert(edited.IndexOf("\n# `1.`", StringComparison.Ordinal), third);

        Assert.Equal(["Close the loop", "Answer within the hour", "One owner per ticket"], Read(edited).Sections.Select(s => s.Heading));
        var titles = Titles(Plan(edited));
        Assert.True(titles.FindIndex(t => t.Contains("Close the loop", StringComparison.Ordinal)) < titles.FindIndex(t => t.Contains("Answer within", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deleting_a_point_with_its_text_deletes_its_slide()
    {
        var markdown = OutlineFile();
        var edited = markdown.Replace(PointText(markdown, "One owner per ticket"), "", StringComparison.Ordinal);

        var outline = Read(edited);
        Assert.Equal(["Answer within the hour", "Close the loop"], outline.Sections.Select(s => s.Heading));
        Assert.DoesNotContain(Plan(edited).Slides, s => s.Notes.Contains("A ticket passed", StringComparison.Ordinal));
    }

    [Fact]
    public void More_hashes_make_a_point_a_sub_point_of_the_one_before()
    {
        var edited = OutlineFile().Replace("# `2.` One owner", "## `2.` One owner", StringComparison.Ordinal);

        var outline = Read(edited);
        Assert.Equal(2, outline.Sections.Count);
        var child = Assert.Single(outline.Sections[0].Children);
        Assert.Equal("One owner per ticket", child.Heading);
        Assert.Equal(2, child.Level);
    }

    [Fact]
    public void Deleting_a_heading_merges_its_text_and_bullets_into_the_point_before()
    {
        var markdown = OutlineFile();
        var before = Read(markdown);
        var edited = markdown.Replace("# `2.` One owner per ticket\n", "", StringComparison.Ordinal);

        var outline = Read(edited);
        Assert.Equal(2, outline.Sections.Count);
        var merged = outline.Sections[0];
        Assert.Equal([.. before.Sections[0].Bullets, .. before.Sections[1].Bullets], merged.Bullets);
        Assert.Equal(before.Sections[0].OwnText + "\n" + before.Sections[1].OwnText, merged.OwnText);
        Assert.Contains("A ticket passed", merged.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Bullets_are_kept_as_written_added_deleted_and_reworded()
    {
        var markdown = OutlineFile();
        var first = Read(markdown).Sections[0];
        var point = PointText(markdown, "Answer within the hour");
        var list = string.Concat(first.Bullets.Select(b => "- " + b + "\n"));
        var edited = markdown.Replace(point, point.Replace(list, "- Reply within 60 minutes\n- say who is looking at it\n- 一小时内答复，哪怕只说明由谁处理\n", StringComparison.Ordinal), StringComparison.Ordinal);

        Assert.Equal(["Reply within 60 minutes", "say who is looking at it", "一小时内答复，哪怕只说明由谁处理"], Read(edited).Sections[0].Bullets);
        var slide = Plan(edited).Slides.First(s => s.Kind == SlideKind.Content && s.Title.Contains("Answer within", StringComparison.Ordinal));
        Assert.Equal(["Reply within 60 minutes", "say who is looking at it", "一小时内答复，哪怕只说明由谁处理"], slide.Bullets.Select(b => b.Text));
    }

    [Fact]
    public void A_point_whose_list_is_deleted_has_no_bullets_none_are_extracted()
    {
        var markdown = OutlineFile();
        var first = Read(markdown).Sections[0];
        var list = string.Concat(first.Bullets.Select(b => "- " + b + "\n"));
        var edited = markdown.Replace(list, "", StringComparison.Ordinal);

        Assert.Empty(Read(edited).Sections[0].Bullets);
        var slide = Plan(edited).Slides.First(s => s.Kind == SlideKind.Content && s.Title.Contains("Answer within", StringComparison.Ordinal));
        Assert.Empty(slide.Bullets);
    }

    [Fact]
    public void Edited_notes_are_the_speaker_notes_blank_lines_and_markdown_characters_included()
    {
        var markdown = OutlineFile();
        var notes = "3. Close the loop\nAsk: *did this help?*\n\n- not a bullet\n# not a heading\n\n第三，闭环管理：问一句“解决了吗？”";
        var old = Read(markdown).Sections[2].OwnText;
        var edited = markdown.Replace(old, notes, StringComparison.Ordinal);

        var point = Read(edited).Sections[2];
        Assert.Equal(notes, point.OwnText);
        Assert.Empty(point.Children);
        var slide = Plan(edited).Slides.First(s => s.Kind == SlideKind.Content && s.Title.Contains("Close the loop", StringComparison.Ordinal));
        Assert.Contains("Ask: *did this help?*", slide.Notes, StringComparison.Ordinal);
        Assert.Contains("第三，闭环管理", slide.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_point_needs_only_a_heading()
    {
        var edited = OutlineFile() + "\n# `4.` Measure what matters\n\n- Track time to first reply\n";

        var point = Read(edited).Sections[3];
        Assert.Equal(("4.", "Measure what matters", 1), (point.Marker, point.Heading, point.Level));
        Assert.Equal(["Track time to first reply"], point.Bullets);
        Assert.Contains(Titles(Plan(edited)), t => t.Contains("Measure what matters", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_in_the_front_matter_apply_unless_the_command_line_gives_its_own()
    {
        var edited = OutlineFile().Replace("language: en\n", "language: en\noptions:\n  template: dark\n  slides: 4\n  date: 2023-05-06\n", StringComparison.Ordinal);
        using var folder = new Snapshots.TempDirectory();
        var input = folder.File("talk.md");
        File.WriteAllText(input, edited);

        var fromFile = SlideGenerator.Convert(input, folder.File("a.pptx"), new ConvertOptions());
        var overridden = SlideGenerator.Convert(input, folder.File("b.pptx"), new ConvertOptions { Template = "official", Date = RoundTrip.Date, Minutes = 20 });

        Assert.Equal(new DateTimeOffset(2023, 5, 6, 0, 0, 0, TimeSpan.Zero), fromFile.Deck.Created);
        Assert.Equal(RoundTrip.Date, overridden.Deck.Created);
        Assert.Equal(SlideGen.Planning.TemplateCatalog.Resolve("dark").Theme.Background, fromFile.Deck.Theme.Background);
        Assert.Equal(SlideGen.Planning.TemplateCatalog.Resolve("official").Theme.Background, overridden.Deck.Theme.Background);
        Assert.True(fromFile.Deck.Slides.Count <= overridden.Deck.Slides.Count);
    }

    [Theory]
    [InlineData("# `1.` Answer within the hour", "### `1.` Answer within the hour", "talk.md(14): error: the first point is at level 3")]
    [InlineData("# `2.` One owner per ticket", "### `2.` One owner per ticket", "talk.md(24): error: the heading level jumps from 1 to 3")]
    [InlineData("title: ", "titel: ", "talk.md(3): error: unknown front matter key 'titel'")]
    [InlineData("language: en\n", "language: en\noptions:\n  colour: red\n", "talk.md(6): error: unknown option 'colour'")]
    [InlineData("language: en\n", "language: en\noptions:\n  minutes: ten\n", "talk.md(6): error: minutes 'ten' is not a number of minutes")]
    [InlineData("language: en\n", "language: en\nspeaker Jane\n", "talk.md(5): error: front matter lines are 'key: value'")]
    [InlineData("slidegen: outline 1", "slidegen: outline 9", "talk.md(2): error: 'slidegen: outline 9' is not an outline this SlideGen reads")]
    [InlineData("# `2.` One owner per ticket\n", "# `2.` One owner per ticket\nA stray paragraph.\n", "talk.md(25): error: text outside a ```notes block")]
    [InlineData("```closing\n", "```closing\nunclosed\n````\n", "error: the block opened here with ``` is never closed")]
    public void A_malformed_outline_file_is_one_error_naming_file_line_and_problem(string find, string replace, string expected)
    {
        var edited = OutlineFile();
        if (!edited.Contains("```closing\n", StringComparison.Ordinal)) edited += "\n```closing\nThanks.\n```\n";
        edited = edited.Replace(find, replace, StringComparison.Ordinal);
        if (replace.StartsWith("```closing", StringComparison.Ordinal)) edited = edited[..edited.LastIndexOf("```closing", StringComparison.Ordinal)] + "```closing\nunclosed\n";

        var error = Assert.Throws<SlideGenException>(() => OutlineFiles.TryRead(System.Text.Encoding.UTF8.GetBytes(edited), "talk.md"));

        Assert.Equal(ExitCodes.InputUnreadable, error.ExitCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Markdown_without_the_slidegen_line_is_a_document_as_before()
    {
        var document = "---\ntitle: A plain note\n---\n\n# First part\n\nSome text.\n\n# Second part\n\nMore text.\n";

        Assert.Null(OutlineFiles.TryRead(System.Text.Encoding.UTF8.GetBytes(document), "note.md"));
    }
}
