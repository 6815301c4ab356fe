using SlideGen.Reading;

namespace SlideGen.Cli;

/// <summary>Reads INPUT, where "-" means standard input.</summary>
public static class InputFiles
{
    public static SourceDocument Read(string input, InputFormat? from, string? encoding = null)
    {
        if (input != "-") return SlideGenerator.Read(input, from, encoding);
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return DocumentLoader.Load(buffer.ToArray(), "<stdin>", from, encoding);
    }
}
