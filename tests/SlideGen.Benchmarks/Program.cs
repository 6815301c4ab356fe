using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SlideGen.Benchmarks;

public static class Program
{
    /// <summary>BenchmarkSwitcher keeps BenchmarkDotNet's command line: --filter, --job, --list, --exporters.</summary>
    public static void Main(string[] args)
    {
        // compare-with-pandoc.sh gives the command-line programs the same generated document the benchmarks use.
        if (args is ["--write-inputs", var folder])
        {
            ExampleInputs.WriteGenerated(folder);
            return;
        }
        // The inputs are file names; the default 20-character column cuts them to "party(...)h.txt".
        var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
