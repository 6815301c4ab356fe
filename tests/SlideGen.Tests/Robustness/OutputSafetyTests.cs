using System.Text;
using SlideGen.Cli;
using SlideGen.Diagnostics;

namespace SlideGen.Tests.Robustness;

/// <summary>No run may destroy a file: not the input, not an existing deck, not a device, and no temporary files are left.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Speech = "在全市工作会议上的讲话\n一、工作回顾\n今年全市经济平稳增长。\n二、明年任务\n扩大有效投资，激发消费活力。\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-safe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private (int Exit, string Stderr) Run(params string[] args)
    {
        var stderr = new StringWriter();
        return (CommandLine.Run(args, TextWriter.Null, stderr), stderr.ToString());
    }

    private string[] FolderContents() => [.. Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Theory]
    [InlineData("binary")]
    [InlineData("template")]
    public void A_failed_conversion_leaves_an_existing_deck_untouched_and_no_temporary_file(string failure)
    {
        var deck = Path.Combine(_folder, "speech.pptx");
        Assert.Equal(0, Run("convert", Write("speech.txt", Speech), "-o", deck).Exit);
        var before = File.ReadAllBytes(deck);
        var input = failure == "binary" ? Path.Combine(_folder, "other.txt") : Write("other.txt", Speech);
        if (failure == "binary") File.WriteAllBytes(input, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))]);
        string[] template = failure == "template" ? ["-t", Path.Combine(_folder, "missing-template")] : [];
        var contents = FolderContents();

        var (exit, _) = Run(["convert", input, "-o", deck, .. template]);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Equal(before, File.ReadAllBytes(deck));
        Assert.Equal(contents, FolderContents());
    }

    [Fact]
    public void A_successful_conversion_leaves_only_the_deck()
    {
        var input = Write("speech.txt", Speech);

        Assert.Equal(0, Run("convert", input).Exit);

        Assert.Equal(["speech.pptx", "speech.txt"], FolderContents());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{1}/../in/speech.txt")]
    [InlineData("{1}/./speech.txt")]
    public void The_output_may_not_overwrite_the_input_however_the_path_is_written(string output)
    {
        var input = Write("in/speech.txt", Speech);
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, output, input, Path.Combine(_folder, "in"));

        var (exit, stderr) = Run("convert", input, "-o", path);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.Equal($"{path}: error: the output would overwrite the input\n", stderr);
        Assert.Equal(Speech, File.ReadAllText(input));
    }

    [Fact]
    public void The_output_may_not_overwrite_the_input_through_a_link()
    {
        var input = Write("speech.txt", Speech);
        var link = Path.Combine(_folder, "speech.pptx");
        File.CreateSymbolicLink(link, input);

        var (exit, stderr) = Run("convert", input, "-o", link);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.Contains("the output would overwrite the input", stderr, StringComparison.Ordinal);
        Assert.Equal(Speech, File.ReadAllText(input));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void An_output_link_to_another_deck_writes_that_deck_and_stays_a_link()
    {
        var input = Write("speech.txt", Speech);
        var target = Write("decks/real.pptx", "old");
        var link = Path.Combine(_folder, "latest.pptx");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(0, Run("convert", input, "-o", link).Exit);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("PK", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_output_folder_is_an_error_and_is_not_created()
    {
        var input = Write("speech.txt", Speech);
        var output = Path.Combine(_folder, "no", "such", "deck.pptx");

        var (exit, stderr) = Run("convert", input, "-o", output);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.StartsWith($"{output}: error: the folder {Path.Combine(_folder, "no", "such")} does not exist", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "no")));
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdout")]
    public void A_folder_or_a_device_is_never_replaced_by_the_deck(string output)
    {
        if (OperatingSystem.IsWindows() && output.StartsWith('/')) return;
        var input = Write("speech.txt", Speech);
        if (output == "folder") output = Directory.CreateDirectory(Path.Combine(_folder, "folder.pptx")).FullName;

        var (exit, stderr) = Run("convert", input, "-o", output);

        Assert.Equal(ExitCodes.OutputError, exit);
        Assert.Contains("not a file; name a .pptx file to write", stderr, StringComparison.Ordinal);
        if (output == "/dev/null") Assert.Equal(0, new FileInfo(output).Length);
        else if (!output.StartsWith("/dev/", StringComparison.Ordinal)) Assert.True(Directory.Exists(output));
    }
}
