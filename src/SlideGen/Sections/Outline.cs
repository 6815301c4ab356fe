namespace SlideGen.Sections;

/// <summary>The document's structure as SlideGen understands it: what the outline command prints and templates see.</summary>
public sealed class Outline
{
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    /// <summary>Who speaks, where the title or a byline says it (组织部长, "Jane Doe").</summary>
    public string? Speaker { get; set; }
    /// <summary>The occasion the title names (2024年全县教育工作会议).</summary>
    public string? Occasion { get; set; }
    public string? Date { get; set; }
    /// <summary>"zh", "en" or "mixed".</summary>
    public string Language { get; set; } = "zh";
    public string? Salutation { get; set; }
    /// <summary>Text between the title (or salutation) and the first numbered point.</summary>
    public string Opening { get; set; } = "";
    /// <summary>Closing remarks after the last point (同志们，…), when they can be told apart from it.</summary>
    public string Closing { get; set; } = "";
    /// <summary>How many points the text announces (讲三点意见), when it does.</summary>
    public int? AnnouncedCount { get; set; }
    public List<OutlineNode> Sections { get; } = [];
    public List<string> Warnings { get; } = [];
    public string SourcePath { get; set; } = "";
}

/// <summary>One numbered point of the document and the points under it.</summary>
public sealed class OutlineNode
{
    /// <summary>The marker as written: "一、", "（一）", "一是", "1.", "首先".</summary>
    public string Marker { get; set; } = "";
    /// <summary>The heading as written, without its marker: the whole heading line, or a run-in heading's whole sentence.</summary>
    public string Heading { get; set; } = "";
    /// <summary>What the point's slide and the agenda show: the heading, or its first clause when the heading is a long sentence.</summary>
    public string Title { get => _title ?? Heading; set => _title = value; }
    private string? _title;
    /// <summary>The point's own text after its title, up to its first child (paragraphs separated by newlines).</summary>
    public string Body { get; set; } = "";
    /// <summary>The point's own paragraphs exactly as cleaned, marker and heading included; speaker notes read from it.</summary>
    public string OwnText { get; set; } = "";
    /// <summary>Key phrases the point's slide shows.</summary>
    public List<string> Bullets { get; } = [];
    public List<OutlineNode> Children { get; } = [];
    /// <summary>1-based source line of the marker.</summary>
    public int Line { get; set; }
    /// <summary>1 for top-level sections.</summary>
    public int Level { get; set; }
    /// <summary>The marker style's name, e.g. "chinese-dun" for 一、 (see MarkerStyle).</summary>
    public string Style { get; set; } = "";
    public List<Reading.SourceImage> Images { get; } = [];
    /// <summary>Texts the author emphasised in the point's own paragraphs (Markdown **, Word bold or italic).</summary>
    public List<string> Emphasized { get; } = [];

    /// <summary>The full text of the point including its heading and all sub-points, for speaker notes.</summary>
    public string FullText
    {
        get
        {
            var parts = new List<string> { OwnText.Length > 0 ? OwnText : (Marker + Heading + "\n" + Body).Trim() };
            parts.AddRange(Children.Select(c => c.FullText));
            return string.Join("\n", parts.Where(p => p.Length > 0));
        }
    }
}
