using SlideGen.Cli;
using SlideGen.Diagnostics;

namespace SlideGen.Tests.EndToEnd;

/// <summary>The CLI's promises from the README: help, exit codes, options that refuse ambiguous values.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slidegen-cli-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Theory]
    [InlineData("convert")]
    [InlineData("outline")]
    [InlineData("templates")]
    public void Help_after_a_command_prints_usage_and_succeeds(string command)
    {
        var stdout = new StringWriter();

        Assert.Equal(ExitCodes.Success, CommandLine.Run([command, "--help"], stdout, TextWriter.Null));
        Assert.Contains("usage: slidegen", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("03/01/2024")]
    [InlineData("2024-13-01")]
    [InlineData("yesterday")]
    public void A_date_that_is_not_ISO_is_a_usage_error(string date)
    {
        var stderr = new StringWriter();
        var deck = Path.Combine(_output, "d.pptx");

        var exit = CommandLine.Run(["convert", RepositoryPaths.ExampleFiles().First(), "--date", date, "-o", deck], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("YYYY-MM-DD", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(deck));
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x20, 0x0A, 0x20, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void A_file_with_no_text_is_unreadable_input(byte[] content)
    {
        var input = Path.Combine(_output, "blank.txt");
        File.WriteAllBytes(input, content);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", Path.Combine(_output, "d.pptx")], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        Assert.Contains("blank.txt", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("no text", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_too_large_for_a_built_in_template_is_reported_against_the_document()
    {
        var input = Path.Combine(_output, "huge.md");
        File.WriteAllText(input, "# Handbook\n\n" + string.Concat(Enumerable.Range(1, 2100).Select(i => $"## Rule {i}\n\nFollow rule {i} every day.\n\n")));
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", Path.Combine(_output, "huge.pptx")], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.TemplateError, exit);
        Assert.StartsWith(input + ": error: the built-in template 'default'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_size_the_deck_and_say_on_standard_error_what_was_folded()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "rural-revitalization-report.txt");
        var deck = Path.Combine(_output, "short.pptx");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", deck, "--minutes", "5"], stdout, stderr);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("sized for a 5-minute talk: 5 slides;", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("shown as bullets", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("short.pptx: 5 slides", stdout.ToString(), StringComparison.Ordinal);
        Writing.DeckAssertions.AssertValid(deck);
    }

    [Theory]
    [InlineData("--minutes", "ten")]
    [InlineData("--minutes", "0")]
    [InlineData("--slides", "2")]
    [InlineData("--slides", "7.5")]
    public void A_deck_size_that_is_not_a_number_in_range_is_a_usage_error(string option, string value)
    {
        var input = Path.Combine(RepositoryPaths.Examples, "rural-revitalization-report.txt");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", Path.Combine(_output, "x.pptx"), option, value], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(option, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_and_slides_together_are_a_usage_error()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "rural-revitalization-report.txt");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", Path.Combine(_output, "x.pptx"), "--minutes", "5", "--slides", "5"], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("not both", stderr.ToString(), StringComparison.Ordinal);
    }
}
