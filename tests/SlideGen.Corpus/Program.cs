using System.Diagnostics;
using System.Text.Json.Nodes;
using SlideGen.Corpus.Scoring;

namespace SlideGen.Corpus;

public static class Program
{
    private const string Usage = """
        usage: dotnet run --project tests/SlideGen.Corpus -c Release -- [options]
               dotnet run --project tests/SlideGen.Corpus -c Release -- score GOLD.json OUTLINE.json

        Scores every document of the corpus (SLIDEGEN_CORPUS, else ../shared/corpus) against its gold outline and
        prints a table: heading F1, precision, recall, title, noise leaked, key-phrase recall, slides of the deck the
        default template makes and the gold's points + 4, then the means.

          --json              the same figures as JSON
          --corpus DIR        the corpus folder (overrides SLIDEGEN_CORPUS)
          --check             also compare with the floors file; exit 1 when a document is below its floor
          --write-floors      rewrite tests/SlideGen.Tests/Corpus/corpus-floors.json from the current scores
                              (rounded down to 2 decimals); a floor is only raised
          --allow-lower       with --write-floors: also lower floors, and drop documents no longer in the corpus
          fit                 set the weights of the Chinese bullet model on the corpus (issue 14): prints each
                              document's key-phrase recall now, with weights fitted without it (leave one out)
                              and with weights fitted on all, then those weights as C#
          score GOLD OUTLINE  score one outline JSON (slidegen outline --json) and print the line
                              ../shared/tools/score_outline.py prints
        """;

    public static int Main(string[] args)
    {
        if (args is ["score", var goldPath, var outlinePath])
        {
            var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
            var pred = JsonNode.Parse(File.ReadAllText(outlinePath))!.AsObject();
            Console.Out.Write(OutlineScorer.Score(gold, pred).ToPythonJson() + "\n");
            return 0;
        }
        bool json = false, fit = false, check = false, writeFloors = false, allowLower = false;
        string? corpus = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "fit": fit = true; break;
                case "--check": check = true; break;
                case "--write-floors": writeFloors = true; break;
                case "--allow-lower": allowLower = true; break;
                case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
                case "--corpus":
                    Console.Error.Write("--corpus: error: needs a folder\n");
                    return 2;
                case "-h" or "--help": Console.Out.Write(Usage); return 0;
                default:
                    Console.Error.Write($"{args[i]}: error: unknown option\n{Usage}");
                    return 2;
            }
        }
        if (allowLower && !writeFloors)
        {
            Console.Error.Write("--allow-lower: error: only with --write-floors\n");
            return 2;
        }

        var root = CorpusDocuments.RepositoryRoot();
        corpus = corpus is null ? CorpusDocuments.Find(root) : Path.GetFullPath(corpus);
        if (CorpusDocuments.Unavailable(corpus) is { } why)
        {
            Console.Error.Write(why + "\n");
            return 3;
        }
        if (fit) return BulletModelFit.Run(corpus!);
        var documents = CorpusDocuments.List(corpus!);
        var watch = Stopwatch.StartNew();
        var results = CorpusRunner.Run(documents);
        watch.Stop();

        Console.Out.Write(json ? CorpusReport.Json(corpus!, results) : CorpusReport.Table(results));
        if (!json)
        {
            foreach (var name in CorpusDocuments.WithoutGold(corpus!))
                Console.Error.Write($"{name}: no gold outline, not scored\n");
            Console.Error.Write($"{results.Count} documents of {corpus} in {watch.Elapsed.TotalSeconds:0.0} s\n");
        }

        var floorsPath = CorpusDocuments.FloorsPath(root);
        var floors = CorpusFloors.Read(floorsPath);
        var exit = 0;
        if (check)
        {
            var failures = CorpusFloors.Check(floors, results);
            foreach (var failure in failures) Console.Error.Write("below floor: " + failure + "\n");
            if (failures.Count > 0) exit = 1;
            else Console.Error.Write($"every document at or above its floor ({floorsPath})\n");
        }
        if (writeFloors)
        {
            var report = new List<string>();
            var updated = CorpusFloors.Update(floors, results, allowLower, report);
            CorpusFloors.Write(floorsPath, updated);
            foreach (var line in report) Console.Error.Write(line + "\n");
            Console.Error.Write($"wrote {floorsPath}\n");
        }
        return exit;
    }
}
