using System.Text.RegularExpressions;
using SlideGen.Cli;
using SlideGen.Diagnostics;
using SlideGen.Tests.EndToEnd;
using SlideGen.Tests.Reading;
using SlideGen.Tests.Writing;

namespace SlideGen.Tests.Batch;

/// <summary>
/// <c>slidegen convert A B FOLDER -o OUT</c> as a script runs it (output redirected): which decks appear where, what
/// is printed, the exit code, and that every deck is the one a single convert of that file makes.
/// </summary>
public sealed partial class BatchCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slidegen-batch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string SpeechWithAWarning = "在全市工作会议上的讲话\n\n同志们：\n\n下面，我讲三点意见。\n\n一、工作回顾\n\n今年全市经济平稳增长，各项工作取得新进展。\n\n二、明年任务\n\n扩大有效投资，激发消费活力，稳住就业基本盘。\n";

    [Fact]
    public void Files_and_a_folder_become_decks_in_the_output_folder_keeping_the_folder_layout()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");
        var talk = Copy("engineering-talk.md", "talk.md");
        var folder = Folder("archive");
        Copy("rural-revitalization-report.txt", "archive/2024/report.txt");
        File.WriteAllBytes(Path.Combine(folder, "2024", "word.docx"), DocxReaderTests.AutoNumberedChineseSpeech());
        Write("archive/notes.markdown", "# Notes\n\n## First\n\nThe first point of the notes.\n");
        // Neither hidden files and folders, Word's lock files, decks nor other files are inputs.
        Write("archive/.draft.txt", "hidden draft");
        Write("archive/.git/description.txt", "a hidden folder");
        Write("archive/~$word.docx", "lock");
        Write("archive/readme.pdf", "not an input");
        File.Copy(Path.Combine(RepositoryPaths.Examples, "party-branch-speech.txt"), Path.Combine(folder, "old.pptx"));
        var output = Path.Combine(_root, "out");

        var (exit, stdout, stderr) = Run("convert", speech, talk, folder, "-o", output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(["2024/report.pptx", "2024/word.pptx", "notes.pptx", "speech.pptx", "talk.pptx"], DecksIn(output));
        foreach (var deck in Directory.EnumerateFiles(output, "*.pptx", SearchOption.AllDirectories)) DeckAssertions.AssertValid(deck);
        Assert.Equal(5, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Matches(SummaryPattern(5, 5, 0), stderr);
    }

    [Fact]
    public void Every_deck_is_byte_identical_to_a_single_convert_of_its_file_whatever_the_parallelism()
    {
        var inputs = RepositoryPaths.ExampleFiles().Select(example => Copy(Path.GetFileName(example), "in/" + Path.GetFileName(example))).ToList();
        File.WriteAllBytes(Path.Combine(_root, "in", "word.docx"), DocxReaderTests.AutoNumberedChineseSpeech());
        inputs.Add(Path.Combine(_root, "in", "word.docx"));

        Assert.Equal(ExitCodes.Success, Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "one"), "-j", "1", "--date", "2024-05-01").Exit);
        Assert.Equal(ExitCodes.Success, Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "many"), "--jobs", "4", "--date", "2024-05-01").Exit);

        foreach (var input in inputs)
        {
            // engineering-talk.md and engineering-talk.txt share a name, so their decks keep the extension.
            var deckName = Path.GetFileNameWithoutExtension(input).StartsWith("engineering-talk", StringComparison.Ordinal)
                ? Path.GetFileName(input) + ".pptx"
                : Path.ChangeExtension(Path.GetFileName(input), ".pptx");
            var single = Path.Combine(_root, "single-" + deckName);
            Assert.Equal(ExitCodes.Success, Run("convert", input, "-o", single, "--date", "2024-05-01").Exit);
            Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(Path.Combine(_root, "one", deckName)));
            Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(Path.Combine(_root, "many", deckName)));
        }
    }

    [Fact]
    public void A_failing_file_is_reported_with_its_error_and_the_others_are_still_converted()
    {
        var good = Copy("party-branch-speech.txt", "in/a-speech.txt");
        Copy("engineering-talk.txt", "in/c-talk.txt");
        var broken = Path.Combine(_root, "in", "b-broken.docx");
        File.WriteAllText(broken, "this is not a zip file");
        var output = Path.Combine(_root, "out");

        var (exit, _, stderr) = Run("convert", Path.Combine(_root, "in"), "-o", output);

        Assert.Equal(ExitCodes.BatchFailed, exit);
        Assert.Equal(["a-speech.pptx", "c-talk.pptx"], DecksIn(output));
        var error = Assert.Single(stderr.Split('\n'), line => line.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith(broken + ": error: ", error, StringComparison.Ordinal);
        Assert.Matches(SummaryPattern(2, 3, 1), stderr);
        Assert.True(File.Exists(good));
    }

    [Fact]
    public void A_missing_input_among_others_fails_alone_with_its_own_exit_reason()
    {
        var good = Copy("party-branch-speech.txt", "speech.txt");
        var missing = Path.Combine(_root, "missing.txt");

        var (exit, _, stderr) = Run("convert", good, missing, "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.BatchFailed, exit);
        Assert.Contains(missing + ": error: file not found", stderr, StringComparison.Ordinal);
        Assert.Equal(["speech.pptx"], DecksIn(Path.Combine(_root, "out")));
    }

    [Fact]
    public void Warnings_name_the_file_they_belong_to()
    {
        Copy("party-branch-speech.txt", "in/a.txt");
        var warned = Write("in/b.txt", SpeechWithAWarning);
        Copy("engineering-talk.md", "in/c.md");

        var (exit, _, stderr) = Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.Success, exit);
        var warnings = stderr.Split('\n').Where(line => line.StartsWith("warning: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, line => Assert.StartsWith("warning: " + warned + "(", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Redirected_output_lists_one_line_per_deck_in_the_order_of_the_inputs_every_run()
    {
        var inputs = new[] { "zeta.txt", "Alpha.txt", "beta.md" }
            .Select(name => Copy(name.EndsWith(".md", StringComparison.Ordinal) ? "engineering-talk.md" : "party-branch-speech.txt", "in/" + name))
            .ToList();
        var output = Path.Combine(_root, "out");

        var first = Run(["convert", .. inputs, "-o", output, "-j", "3"]);
        var second = Run(["convert", .. inputs, "-o", output, "-j", "3"]);

        Assert.Equal(ExitCodes.Success, first.Exit);
        var lines = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["zeta.pptx", "Alpha.pptx", "beta.pptx"], lines.Select(line => Path.GetFileName(line[..line.IndexOf(':', StringComparison.Ordinal)])));
        Assert.Matches(@"^.*zeta\.pptx: \d+ slides from \d+ sections$", lines[0]);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Files_in_a_folder_are_taken_in_ordinal_order_of_their_path()
    {
        foreach (var name in new[] { "b.txt", "C.txt", "a/z.txt", "a.txt", "a b.txt" })
            Write("in/" + name, SpeechWithAWarning);

        var (exit, stdout, _) = Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "out"), "-j", "2");

        Assert.Equal(ExitCodes.Success, exit);
        var decks = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Path.GetRelativePath(Path.Combine(_root, "out"), line[..line.IndexOf(": ", StringComparison.Ordinal)]).Replace('\\', '/'));
        Assert.Equal(["C.pptx", "a b.pptx", "a.pptx", "a/z.pptx", "b.pptx"], decks);
    }

    [Fact]
    public void Without_an_output_folder_each_deck_goes_beside_its_input()
    {
        var first = Copy("party-branch-speech.txt", "one/speech.txt");
        var second = Copy("engineering-talk.md", "two/talk.md");

        Assert.Equal(ExitCodes.Success, Run("convert", first, second).Exit);

        Assert.True(File.Exists(Path.Combine(_root, "one", "speech.pptx")));
        Assert.True(File.Exists(Path.Combine(_root, "two", "talk.pptx")));
    }

    [Fact]
    public void Two_inputs_with_one_name_keep_their_extensions_instead_of_overwriting_each_other()
    {
        Copy("engineering-talk.txt", "in/talk.txt");
        Copy("engineering-talk.md", "in/talk.md");
        Copy("party-branch-speech.txt", "in/speech.txt");
        var output = Path.Combine(_root, "out");

        var (exit, _, stderr) = Run("convert", Path.Combine(_root, "in"), "-o", output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(["speech.pptx", "talk.md.pptx", "talk.txt.pptx"], DecksIn(output));
        Assert.Contains($"{Path.Combine(_root, "in", "talk.md")}: warning: ", stderr, StringComparison.Ordinal);
        Assert.Contains("talk.md.pptx", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_of_one_name_from_different_folders_are_refused_rather_than_one_overwriting_the_other()
    {
        var first = Copy("party-branch-speech.txt", "x/speech.txt");
        var second = Copy("rural-revitalization-report.txt", "y/speech.txt");
        var other = Copy("engineering-talk.md", "talk.md");
        var output = Path.Combine(_root, "out");

        var (exit, _, stderr) = Run("convert", first, second, other, "-o", output);

        Assert.Equal(ExitCodes.BatchFailed, exit);
        Assert.Equal(["talk.pptx"], DecksIn(output));
        Assert.Contains($"{first}: error: {second} would be written to the same deck", stderr, StringComparison.Ordinal);
        Assert.Contains($"{second}: error: {first} would be written to the same deck", stderr, StringComparison.Ordinal);
        Assert.Matches(SummaryPattern(1, 3, 2), stderr);
    }

    [Fact]
    public void The_same_file_named_twice_is_converted_once()
    {
        var speech = Copy("party-branch-speech.txt", "in/speech.txt");

        var (exit, stdout, _) = Run("convert", speech, Path.Combine(_root, "in"), "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Only_the_last_folder_of_the_output_path_is_created()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");
        var talk = Copy("engineering-talk.md", "talk.md");

        Assert.Equal(ExitCodes.Success, Run("convert", speech, talk, "-o", Path.Combine(_root, "new")).Exit);
        Assert.Equal(["speech.pptx", "talk.pptx"], DecksIn(Path.Combine(_root, "new")));

        var deep = Path.Combine(_root, "missing", "decks");
        var (exit, _, stderr) = Run("convert", speech, talk, "-o", deep);
        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.StartsWith($"{deep}: error: the folder {Path.Combine(_root, "missing")} does not exist", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "missing")));
    }

    [Fact]
    public void An_output_path_that_is_a_file_or_names_a_deck_is_refused_before_anything_is_converted()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");
        var talk = Copy("engineering-talk.md", "talk.md");
        var file = Write("taken", "a file");

        var (fileExit, _, fileError) = Run("convert", speech, talk, "-o", file);
        Assert.Equal(ExitCodes.OutputError, fileExit);
        Assert.StartsWith($"{file}: error: this is a file", fileError, StringComparison.Ordinal);

        var (deckExit, _, deckError) = Run("convert", speech, talk, "-o", Path.Combine(_root, "both.pptx"));
        Assert.Equal(ExitCodes.Usage, deckExit);
        Assert.Contains("-o names a folder", deckError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "both.pptx")));
        Assert.False(File.Exists(Path.Combine(_root, "speech.pptx")));
    }

    [Fact]
    public void An_output_folder_inside_the_input_folder_is_not_read_as_input()
    {
        Copy("party-branch-speech.txt", "in/speech.txt");
        // A text file left in the output folder (by a person, or by an earlier tool) is not an input of this batch.
        Write("in/decks/leftover.txt", SpeechWithAWarning);

        var (exit, stdout, _) = Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "in", "decks"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["leftover.txt", "speech.pptx"], DecksIn(Path.Combine(_root, "in", "decks")));
    }

    [Fact]
    public void An_output_folder_that_is_the_input_folder_puts_each_deck_beside_its_input()
    {
        Copy("party-branch-speech.txt", "in/speech.txt");
        Copy("engineering-talk.md", "in/sub/talk.md");

        var (exit, _, _) = Run("convert", Path.Combine(_root, "in"), "-o", Path.Combine(_root, "in"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(["speech.pptx", "speech.txt", "sub/talk.md", "sub/talk.pptx"], DecksIn(Path.Combine(_root, "in")));
    }

    [Fact]
    public void Output_dir_makes_a_batch_of_a_single_file()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");

        var (exit, _, stderr) = Run("convert", speech, "--output-dir", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(["speech.pptx"], DecksIn(Path.Combine(_root, "out")));
        Assert.Matches(SummaryPattern(1, 1, 0), stderr);
    }

    [Theory]
    [InlineData("-j", "0")]
    [InlineData("--jobs", "many")]
    [InlineData("--jobs", "-3")]
    public void A_number_of_jobs_that_is_not_a_positive_number_is_a_usage_error(string option, string value)
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");

        var (exit, _, stderr) = Run("convert", speech, speech, option, value, "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--jobs", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void An_unknown_template_is_one_error_for_the_whole_batch()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");
        var talk = Copy("engineering-talk.md", "talk.md");

        var (exit, _, stderr) = Run("convert", speech, talk, "-t", "no-such-template", "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.TemplateError, exit);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void Standard_input_cannot_be_one_of_several_inputs()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");

        var (exit, _, stderr) = Run("convert", speech, "-", "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("standard input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_nothing_to_convert_is_an_error()
    {
        var folder = Folder("empty");
        Write("empty/picture.png", "not an input");

        var (exit, _, stderr) = Run("convert", folder, "-o", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.InputNotFound, exit);
        Assert.Contains("nothing to convert", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void Quiet_prints_nothing_when_every_file_converts()
    {
        var speech = Copy("party-branch-speech.txt", "speech.txt");
        var talk = Copy("engineering-talk.md", "talk.md");

        var (exit, stdout, stderr) = Run("convert", speech, talk, "-o", Path.Combine(_root, "out"), "--quiet");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Help_shows_the_batch_form_and_its_exit_code()
    {
        var (exit, stdout, _) = Run("convert", "--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("convert INPUT... | FOLDER [-o OUTDIR] [-j N]", stdout, StringComparison.Ordinal);
        Assert.Contains("9 some inputs of a batch failed", stdout, StringComparison.Ordinal);
    }

    private static Regex SummaryPattern(int converted, int total, int failed) =>
        new($@"(^|\n)converted {converted} of {total} files, {failed} failed, \d+\.\d s\n$");

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Copy(string example, string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(RepositoryPaths.Examples, example), path);
        return path;
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;

    private static List<string> DecksIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
