using System.Globalization;
using System.Text;
using SlideGen.Planning;

namespace SlideGen.Sections;

/// <summary>The outline as an indented tree for a person to read.</summary>
public static class OutlineText
{
    public static string Render(Outline outline)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(outline.Title);
        if (outline.Subtitle is not null) text.Append("subtitle: ").AppendLine(outline.Subtitle);
        if (outline.Speaker is not null) text.Append("speaker: ").AppendLine(outline.Speaker);
        if (outline.Occasion is not null) text.Append("occasion: ").AppendLine(outline.Occasion);
        if (outline.Date is not null) text.Append("date: ").AppendLine(outline.Date);
        text.Append("language: ").AppendLine(outline.Language);
        text.Append("speaking time: ").Append(Minutes(OutlineTiming.Total(outline, SpeakingRate.Default))).AppendLine();
        foreach (var node in outline.Sections) Append(text, node, 0);
        foreach (var warning in outline.Warnings) text.Append("warning: ").AppendLine(warning);
        return text.ToString();
    }

    private static void Append(StringBuilder text, OutlineNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        // "1.1 The shape", "First, We…": a Latin marker needs a space before its heading; 一、 and （一） do not.
        var separator = node.Marker.Length > 0 && node.Marker[^1] < 0x2E80 ? " " : "";
        text.Append(indent).Append(node.Marker).Append(separator).Append(node.Heading).Append("  (line ").Append(node.Line)
            .Append(", ").Append(Minutes(SpeakingRate.Default.Minutes(node.FullText))).AppendLine(")");
        foreach (var bullet in node.Bullets) text.Append(indent).Append("    • ").AppendLine(bullet);
        foreach (var child in node.Children) Append(text, child, depth + 1);
    }

    private static string Minutes(double minutes) => SpeakingTime.Rounded(minutes).ToString("0.0", CultureInfo.InvariantCulture) + " min";
}
