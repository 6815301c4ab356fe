namespace SlideGen.Diagnostics;

/// <summary>A place in a user's file, printed the way compilers and Scriban print it: <c>file(line,col)</c>.</summary>
public readonly record struct SourcePosition(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}({Line})" : $"{File}({Line},{Column})";
}
