using SlideGen.Diagnostics;

namespace SlideGen.Reading;

/// <summary>Reads plain text: one block per line, with its line number; structure is left to section detection.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Text;

    public SourceDocument Read(byte[] bytes, string path)
    {
        var text = TextDecoder.DecodeText(bytes, path);
        var document = new SourceDocument { Path = path, Format = InputFormat.Text };
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
            document.Blocks.Add(new SourceBlock { Text = lines[i], Line = i + 1 });
        return document;
    }
}
