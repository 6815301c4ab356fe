using SlideGen.Diagnostics;
using SlideGen.Reading;

namespace SlideGen.Cli;

/// <summary>Reads INPUT, where "-" means standard input.</summary>
public static class InputFiles
{
    public static SourceDocument Read(string input, InputFormat? from, string? encoding = null)
    {
        if (input != "-") return SlideGenerator.Read(input, from, encoding);
        using var stdin = Console.OpenStandardInput();
        return DocumentLoader.Load(UserFiles.ReadAll(stdin, "<stdin>"), "<stdin>", from, encoding);
    }

    /// <summary>The bytes of INPUT and the name errors give it, for inputs that may be outline files.</summary>
    public static (byte[] Bytes, string Name) ReadBytes(string input)
    {
        if (input != "-") return (UserFiles.ReadAllBytes(input), input);
        using var stdin = Console.OpenStandardInput();
        return (UserFiles.ReadAll(stdin, "<stdin>"), "<stdin>");
    }
}
