using SlideGen.Batch;
using SlideGen.Diagnostics;
using SlideGen.Tests.EndToEnd;

namespace SlideGen.Tests.Batch;

/// <summary>The library's batch API, as a host program would call it.</summary>
public sealed class BatchConverterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slidegen-batchlib-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Each_job_is_reported_once_and_results_come_back_in_job_order()
    {
        var inputs = RepositoryPaths.ExampleFiles().ToList();
        var plan = BatchInputs.Plan([.. inputs, Path.Combine(_root, "missing.txt")], _root);
        var reported = new List<int>();

        var result = BatchConverter.ConvertMany(plan.Jobs, new ConvertOptions(), parallelism: 3, item => reported.Add(item.Index));

        Assert.Equal(Enumerable.Range(0, inputs.Count + 1), reported.Order());
        Assert.Equal(plan.Jobs, result.Items.Select(item => item.Job));
        Assert.Equal(inputs.Count, result.Converted);
        var failed = Assert.Single(result.Items, item => !item.Succeeded);
        Assert.Equal(ExitCodes.InputNotFound, failed.Error!.ExitCode);
        Assert.All(result.Items.Where(item => item.Succeeded), item => Assert.True(File.Exists(item.Result!.OutputPath)));
    }

    [Fact]
    public void A_template_error_fails_every_file_with_the_template_position_and_no_deck_is_written()
    {
        var template = Path.Combine(_root, "broken");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), "{ \"name\": \"broken\" }");
        File.WriteAllText(Path.Combine(template, "deck.sbn"), "{{ slide { kind: \"title\", title: doc.no_such_field } }}");
        var plan = BatchInputs.Plan(RepositoryPaths.ExampleFiles().ToList(), Path.Combine(_root, "out"));
        BatchInputs.PrepareOutputFolder(Path.Combine(_root, "out"));

        var result = BatchConverter.ConvertMany(plan.Jobs, new ConvertOptions { Template = template }, parallelism: 2);

        Assert.All(result.Items, item => Assert.Equal(ExitCodes.TemplateError, item.Error?.ExitCode));
        Assert.All(result.Items, item => Assert.Contains("deck.sbn(1,", item.Error!.Message, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "out")));
    }
}
