using SharpFuzz;
using SlideGen;
using SlideGen.Diagnostics;

// The readers (and the outline file reader), cleaner, detector and planner on bytes an attacker or a broken disk chooses. A SlideGenException is the
// promised outcome for bad input; any other exception, a hang or a crash is a finding.
//   fuzz (under AFL, see README):  dotnet SlideGen.Fuzz.dll
//   replay a folder of inputs:     dotnet SlideGen.Fuzz.dll --replay DIR
if (args.Length == 2 && args[0] == "--replay")
{
    var failures = 0;
    foreach (var file in Directory.EnumerateFiles(args[1]).Order(StringComparer.Ordinal))
    {
        try { Target.Run(File.ReadAllBytes(file)); }
        catch (Exception e)
        {
            failures++;
            Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
        }
    }
    Console.WriteLine(failures == 0 ? "all inputs gave a deck or a clear error" : $"{failures} inputs failed");
    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Target.Run(buffer.ToArray());
});
return 0;

internal static class Target
{
    private static readonly string[] Names = ["fuzz.txt", "fuzz.md", "fuzz.docx", "fuzz"];

    /// <summary>The first byte picks the name (and so the reader); the rest is the file.</summary>
    public static void Run(byte[] input)
    {
        if (input.Length == 0) return;
        var name = Names[input[0] % Names.Length];
        try
        {
            // As convert does: an outline file (front matter "slidegen: outline 1", or JSON) is read as one, anything else as a document.
            var outline = SlideGenerator.LoadOutline(input[1..], name).Outline;
            SlideGenerator.WriteDeck(SlideGenerator.PlanDeck(outline, new ConvertOptions()));
        }
        catch (SlideGenException e) when (e.Message.StartsWith(name, StringComparison.Ordinal) && !e.Message.Contains('\n'))
        {
        }
    }
}
