namespace SlideGen.Reading;

/// <summary>Turns the bytes of one input format into blocks. Readers never guess structure beyond what the format states.</summary>
public interface IDocumentReader
{
    InputFormat Format { get; }
    SourceDocument Read(byte[] bytes, string path);
}
