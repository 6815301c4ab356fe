using System.Globalization;
using System.Text;

namespace SlideGen.Testing;

/// <summary>A line diff in the unified format that git and code review show (<c>--- a</c>, <c>+++ b</c>, <c>@@ -1,3 +1,4 @@</c>).</summary>
public static class UnifiedDiff
{
    // Beyond this many cells of the LCS table the middle of the texts is shown as replaced whole:
    // snapshots are small, and a huge diff is unreadable anyway.
    private const long MaxTableCells = 25_000_000;

    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when their lines are equal.</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = 3)
    {
        var oldLines = Lines(oldText);
        var newLines = Lines(newText);
        var edits = Edits(oldLines, newLines);
        if (edits.All(e => e.Op == ' ')) return "";

        var diff = new StringBuilder();
        diff.Append("--- ").Append(oldLabel).Append('\n');
        diff.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var (start, end) in Hunks(edits, context))
        {
            var oldStart = edits[start].OldIndex;
            var newStart = edits[start].NewIndex;
            var oldCount = 0;
            var newCount = 0;
            for (var i = start; i < end; i++)
            {
                if (edits[i].Op != '+') oldCount++;
                if (edits[i].Op != '-') newCount++;
            }
            diff.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            for (var i = start; i < end; i++) diff.Append(edits[i].Op).Append(edits[i].Text).Append('\n');
        }
        return diff.ToString();
    }

    // An empty range is named by the line before it, as diff -u does.
    private static string Range(int index, int count) =>
        count == 0 ? $"{index},0" : count == 1 ? $"{index + 1}" : $"{index + 1},{count}";

    private static string[] Lines(string text)
    {
        if (text.Length == 0) return [];
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private readonly record struct Edit(char Op, string Text, int OldIndex, int NewIndex);

    private static List<Edit> Edits(string[] oldLines, string[] newLines)
    {
        var prefix = 0;
        while (prefix < oldLines.Length && prefix < newLines.Length && oldLines[prefix] == newLines[prefix]) prefix++;
        var suffix = 0;
        while (suffix < oldLines.Length - prefix && suffix < newLines.Length - prefix
               && oldLines[^(suffix + 1)] == newLines[^(suffix + 1)]) suffix++;

        var edits = new List<Edit>();
        for (var i = 0; i < prefix; i++) edits.Add(new Edit(' ', oldLines[i], i, i));
        var oldMiddle = oldLines[prefix..(oldLines.Length - suffix)];
        var newMiddle = newLines[prefix..(newLines.Length - suffix)];
        AppendMiddle(edits, oldMiddle, newMiddle, prefix, prefix);
        for (var k = suffix; k > 0; k--)
            edits.Add(new Edit(' ', oldLines[^k], oldLines.Length - k, newLines.Length - k));
        return edits;
    }

    /// <summary>Longest common subsequence by dynamic programming, walked forwards so deletions come before insertions.</summary>
    private static void AppendMiddle(List<Edit> edits, string[] a, string[] b, int oldOffset, int newOffset)
    {
        int n = a.Length, m = b.Length;
        if ((long)n * m > MaxTableCells)
        {
            for (var i = 0; i < n; i++) edits.Add(new Edit('-', a[i], oldOffset + i, newOffset));
            for (var j = 0; j < m; j++) edits.Add(new Edit('+', b[j], oldOffset + n, newOffset + j));
            return;
        }
        // common[i, j] = LCS length of a[i..] and b[j..].
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y])
            {
                edits.Add(new Edit(' ', a[x], oldOffset + x, newOffset + y));
                x++; y++;
            }
            else if (y >= m || (x < n && common[x + 1, y] >= common[x, y + 1]))
            {
                edits.Add(new Edit('-', a[x], oldOffset + x, newOffset + y));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[y], oldOffset + x, newOffset + y));
                y++;
            }
        }
    }

    /// <summary>Ranges [start, end) of the edit list to print: each change with its context, close changes merged.</summary>
    private static List<(int Start, int End)> Hunks(List<Edit> edits, int context)
    {
        var hunks = new List<(int Start, int End)>();
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Op == ' ') { i++; continue; }
            var start = Math.Max(0, i - context);
            var lastChange = i;
            var j = i + 1;
            while (j < edits.Count)
            {
                if (edits[j].Op != ' ') { lastChange = j; j++; continue; }
                if (j - lastChange > 2 * context) break;
                j++;
            }
            var end = Math.Min(edits.Count, lastChange + context + 1);
            if (hunks.Count > 0 && start <= hunks[^1].End) hunks[^1] = (hunks[^1].Start, end);
            else hunks.Add((start, end));
            i = end;
        }
        return hunks;
    }
}
