using System.Text;
using SlideGen.Cli;
using SlideGen.Diagnostics;

namespace SlideGen.Tests.Robustness;

/// <summary>
/// What a user sees for every input SlideGen cannot use: one line on standard error naming the file and the problem, a
/// documented exit code, no stack trace unless --verbose, and no deck.
/// </summary>
public sealed class BadInputCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, int, string> BadInputs() => new()
    {
        { "empty", "empty.txt", ExitCodes.InputUnreadable, "the file is empty" },
        { "whitespace", "blank.txt", ExitCodes.InputUnreadable, "the file has no text" },
        { "binary", "data.txt", ExitCodes.InputUnreadable, "looks like binary data, not text" },
        { "text named .docx", "letter.docx", ExitCodes.InputUnreadable, "not a Word .docx file (not a zip package)" },
        { "zip bomb", "bomb.docx", ExitCodes.InputUnreadable, "zip bomb" },
        { "external entity", "entities.docx", ExitCodes.InputUnreadable, "declares a DTD" },
        { "missing", "missing.txt", ExitCodes.InputNotFound, "file not found" },
        { "folder", "folder.txt", ExitCodes.InputUnreadable, "this is a folder, not a file" },
    };

    private string Create(string kind, string name)
    {
        var path = Path.Combine(_folder, name);
        switch (kind)
        {
            case "empty": File.WriteAllBytes(path, []); break;
            case "whitespace": File.WriteAllText(path, "  \n\t\r\n \u3000\n"); break;
            case "binary":
                var bytes = new byte[20_000];
                new Random(8).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "text named .docx": File.WriteAllText(path, "Dear colleagues, this is a letter saved with the wrong extension.\n"); break;
            case "zip bomb":
                File.WriteAllBytes(path, ZipFiles.Repeated("word/document.xml", (byte)' ', 200L * 1024 * 1024, before: ZipFiles.PackageParts()));
                break;
            case "external entity":
                File.WriteAllBytes(path, ZipFiles.Docx(ZipFiles.DocumentXml("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "标题", "&x;")));
                break;
            case "folder": Directory.CreateDirectory(path); break;
        }
        return path;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_gets_one_line_naming_the_file_and_a_documented_exit_code(string kind, string name, int exitCode, string problem)
    {
        var input = Create(kind, name);
        var deck = Path.Combine(_folder, "deck.pptx");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", deck], TextWriter.Null, stderr);

        Assert.Equal(exitCode, exit);
        var lines = stderr.ToString().TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith(input + ": error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(problem, lines[0], StringComparison.Ordinal);
        Assert.False(File.Exists(deck));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Outline_reports_a_bad_input_the_same_way(string kind, string name, int exitCode, string problem)
    {
        var input = Create(kind, name);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["outline", input], TextWriter.Null, stderr);

        Assert.Equal(exitCode, exit);
        Assert.Single(stderr.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains(problem, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_after_the_one_line()
    {
        var input = Create("binary", "data.txt");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", "--verbose", input, "-o", Path.Combine(_folder, "d.pptx")], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        var lines = stderr.ToString().Split('\n');
        Assert.StartsWith(input + ": error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at SlideGen.", StringComparison.Ordinal));
    }

    [NotRootFact]
    public void A_file_that_cannot_be_read_is_reported_as_unreadable()
    {
        var input = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(input, "一、标题\n内容。\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(input, UnixFileMode.None);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", Path.Combine(_folder, "d.pptx")], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        Assert.Equal($"{input}: error: permission denied\n", stderr.ToString());
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_with_exit_70_and_the_hint_to_rerun_with_verbose()
    {
        var stderr = new StringWriter();
        InvalidOperationException bug;
        try { throw new InvalidOperationException("Sequence contains no elements\nsecond line"); }
        catch (InvalidOperationException e) { bug = e; }

        var exit = CommandLine.InternalError(stderr, bug, verbose: false);

        Assert.Equal(ExitCodes.Internal, exit);
        Assert.Equal("slidegen: internal error: InvalidOperationException: Sequence contains no elements second line (rerun with --verbose for the stack trace)\n", stderr.ToString());
    }

    [Fact]
    public void An_unexpected_exception_with_verbose_prints_its_stack_trace()
    {
        var stderr = new StringWriter();
        InvalidOperationException bug;
        try { throw new InvalidOperationException("broken"); }
        catch (InvalidOperationException e) { bug = e; }

        CommandLine.InternalError(stderr, bug, verbose: true);

        Assert.StartsWith("slidegen: internal error: InvalidOperationException: broken\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(An_unexpected_exception_with_verbose_prints_its_stack_trace), stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_output_name_is_an_output_error_not_a_crash()
    {
        var input = Path.Combine(_folder, "speech.txt");
        File.WriteAllText(input, "讲话\n一、标题\n内容。\n", Encoding.UTF8);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", ""], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.Equal("-o: error: the output file name is empty\n", stderr.ToString());
    }
}

/// <summary>A fact that permissions cannot stage for root, who reads every file whatever its mode.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file modes";
        else if (Environment.UserName == "root") Skip = "running as root, which reads a file whatever its mode";
    }
}
