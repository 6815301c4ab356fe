using System.Text.Json;
using Json.Schema;
using SlideGen.Cli;
using SlideGen.Corpus;
using SlideGen.Diagnostics;
using SlideGen.Tests.Corpus;
using SlideGen.Tests.EndToEnd;

namespace SlideGen.Tests.Outlines;

/// <summary>Issue 16 through the command line: outline --format md|json, convert of an outline file, the schema, errors.</summary>
public sealed class OutlineCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-outline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string, string> Cases() => new()
    {
        { "party-branch-speech.txt", "md" },
        { "engineering-talk.md", "md" },
        { "rural-revitalization-report.txt", "json" },
        { "engineering-talk.txt", "json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Convert_of_the_outline_file_gives_the_same_deck_as_convert_of_the_document(string example, string format)
    {
        var input = Path.Combine(RepositoryPaths.Examples, example);
        var outline = In("outline." + format);

        Assert.Equal(0, Run("outline", input, "--format", format, "-o", outline).Exit);
        Assert.Equal(0, Run("convert", input, "-t", "official", "--date", "2024-03-01", "-o", In("document.pptx")).Exit);
        Assert.Equal(0, Run("convert", outline, "-t", "official", "--date", "2024-03-01", "-o", In("outline.pptx")).Exit);

        Assert.Equal(File.ReadAllBytes(In("document.pptx")), File.ReadAllBytes(In("outline.pptx")));
    }

    [Fact]
    public void Options_given_to_outline_are_written_into_the_file_and_used_by_convert()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "party-branch-speech.txt");

        Assert.Equal(0, Run("outline", input, "--format", "md", "-t", "dark", "--minutes", "5", "--date", "2024-03-01", "-o", In("outline.md")).Exit);
        Assert.Equal(0, Run("convert", input, "-t", "dark", "--minutes", "5", "--date", "2024-03-01", "-o", In("document.pptx")).Exit);
        Assert.Equal(0, Run("convert", In("outline.md"), "-o", In("outline.pptx")).Exit);

        Assert.Contains("options:\n  template: \"dark\"\n  minutes: 5\n  date: 2024-03-01\n", File.ReadAllText(In("outline.md")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(In("document.pptx")), File.ReadAllBytes(In("outline.pptx")));
    }

    [Fact]
    public void A_template_folder_the_file_names_is_found_beside_the_file()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "engineering-talk.txt");
        Directory.CreateDirectory(In("talks"));
        Assert.Equal(0, Run("templates", "new", "ours", "--from", "dark", "-o", In("talks")).Exit);
        var outline = Run("outline", input, "--format", "md").Stdout.Replace("language: en\n", "language: en\noptions:\n  template: ours\n", StringComparison.Ordinal);
        File.WriteAllText(In("talks/talk.md"), outline);

        Assert.Equal(0, Run("convert", In("talks/talk.md"), "--date", "2024-03-01", "-o", In("outline.pptx")).Exit);
        Assert.Equal(0, Run("convert", input, "-t", In("talks/ours"), "--date", "2024-03-01", "-o", In("document.pptx")).Exit);

        Assert.Equal(File.ReadAllBytes(In("document.pptx")), File.ReadAllBytes(In("outline.pptx")));
    }

    [Fact]
    public void The_outline_file_is_byte_stable_and_outlining_it_again_gives_it_back()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "party-branch-speech.txt");

        var first = Run("outline", input, "--format", "md").Stdout;
        var second = Run("outline", input, "--format", "md").Stdout;
        File.WriteAllText(In("outline.md"), first);
        var again = Run("outline", In("outline.md"), "--format", "md").Stdout;

        Assert.Equal(first, second);
        Assert.Equal(RoundTrip.WithoutWarnings(first), again);
    }

    [Fact]
    public void Json_flag_is_format_json()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "engineering-talk.txt");

        Assert.Equal(Run("outline", input, "--json").Stdout, Run("outline", input, "--format", "json").Stdout);
        Assert.Equal(ExitCodes.Usage, Run("outline", input, "--json", "--format", "md").Exit);
        Assert.Equal(ExitCodes.Usage, Run("outline", input, "--format", "yaml").Exit);
    }

    [Fact]
    public void A_malformed_outline_file_exits_with_4_and_one_line_naming_file_and_line()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "engineering-talk.txt");
        var text = Run("outline", input, "--format", "md").Stdout;
        var heading = text.IndexOf("\n## ", StringComparison.Ordinal);
        File.WriteAllText(In("bad.md"), text[..(heading + 1)] + "#" + text[(heading + 1)..]);
        var line = text[..(heading + 1)].Count(c => c == '\n') + 1;

        var (exit, _, stderr) = Run("convert", In("bad.md"), "-o", In("bad.pptx"));

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        Assert.Equal($"{In("bad.md")}({line}): error: the heading level jumps from 1 to 3: a point can be at most one level below the point before it\n", stderr);
        Assert.False(File.Exists(In("bad.pptx")));
    }

    [Fact]
    public void A_json_outline_with_an_unknown_key_names_where()
    {
        File.WriteAllText(In("bad.json"), """{ "slidegen": "outline 1", "title": "T", "language": "en", "sections": [ { "marker": "", "heading": "A", "bulets": [] } ] }""");

        var (exit, _, stderr) = Run("convert", In("bad.json"), "-o", In("bad.pptx"));

        Assert.Equal(ExitCodes.InputUnreadable, exit);
        Assert.StartsWith($"{In("bad.json")}: error: $.sections[0]: unknown key 'bulets'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_an_edit_converts_as_edited()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "engineering-talk.txt");
        var json = System.Text.Json.Nodes.JsonNode.Parse(Run("outline", input, "--json").Stdout)!;
        json["sections"]![0]!["heading"] = "Renamed in JSON";
        json["sections"]![0]!["bullets"] = new System.Text.Json.Nodes.JsonArray("a bullet of my own");
        File.WriteAllText(In("edited.json"), json.ToJsonString());

        var outline = RoundTrip.Read(File.ReadAllText(In("edited.json")), "edited.json").Outline;

        Assert.Equal("Renamed in JSON", outline.Sections[0].Heading);
        Assert.Equal(["a bullet of my own"], outline.Sections[0].Bullets);
        Assert.Equal(0, Run("convert", In("edited.json"), "-o", In("edited.pptx")).Exit);
    }

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "outline.schema.json"))));

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public void Outline_json_of_every_example_validates_against_the_schema()
    {
        foreach (var example in RepositoryPaths.ExampleFiles())
        {
            var json = Run("outline", example, "--json", "-t", "dark", "--slides", "12").Stdout;
            var result = Validate(json);
            Assert.True(result.IsValid, $"{example}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [CorpusFact]
    public void Outline_json_of_every_corpus_document_validates_against_the_schema()
    {
        foreach (var document in CorpusDocuments.List(RealCorpus.Folder!))
            Assert.True(Validate(Run("outline", document.InputPath, "--json").Stdout).IsValid, document.Name);
    }

    [Fact]
    public void The_schema_refuses_what_convert_refuses()
    {
        Assert.False(Validate("""{ "slidegen": "outline 1", "title": "T", "language": "en", "sections": [ { "marker": "", "heading": "A", "bulets": [], "bullets": [], "children": [] } ] }""").IsValid);
        Assert.False(Validate("""{ "slidegen": "outline 2", "title": "T", "language": "en", "sections": [] }""").IsValid);
        Assert.True(Validate("""{ "slidegen": "outline 1", "title": "T", "language": "en", "sections": [] }""").IsValid);
    }
}
