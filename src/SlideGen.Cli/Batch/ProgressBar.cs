using System.Diagnostics;
using System.Text;

namespace SlideGen.Cli.Batch;

/// <summary>
/// A one-line progress bar redrawn in place on a terminal. Lines written while it shows are printed above it.
/// Hand-written (a carriage return and one ANSI erase-line code) so the native build needs no console library.
/// </summary>
public sealed class ProgressBar(TextWriter terminal, int total, int width)
{
    private const string EraseLine = "\r\u001b[2K";

    /// <summary>At most this many redraws a second: a batch of small files would otherwise spend its time drawing.</summary>
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(50);

    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private int _done;
    private int _failed;
    private string _last = "";
    private bool _shown;

    /// <summary>The bar for a state, cut to the terminal's width: <c>[#####.....]  12/40  1 failed  speech.txt</c>.</summary>
    public static string Render(int done, int total, int failed, string lastFile, int width)
    {
        const int barCells = 24;
        var filled = total == 0 ? barCells : (int)((long)done * barCells / total);
        var text = new StringBuilder()
            .Append('[').Append('#', filled).Append('.', barCells - filled).Append("] ")
            .Append(done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length))
            .Append('/').Append(total);
        if (failed > 0) text.Append("  ").Append(failed).Append(" failed");
        if (lastFile.Length > 0) text.Append("  ").Append(lastFile);
        // One cell short of the width: a line that fills the last column makes some terminals wrap.
        var room = Math.Max(width - 1, 10);
        return text.Length <= room ? text.ToString() : text.ToString(0, room - 1) + "…";
    }

    public void Finished(string file, bool succeeded)
    {
        _done++;
        if (!succeeded) _failed++;
        _last = file;
        if (_done == 1 || _done == total || _sinceDrawn.Elapsed >= RedrawInterval) Draw();
    }

    /// <summary>Prints a whole line above the bar (a warning, an error) and draws the bar again below it.</summary>
    public void WriteLineAbove(string line)
    {
        if (_shown) terminal.Write(EraseLine);
        terminal.WriteLine(line);
        _shown = false;
        Draw();
    }

    /// <summary>Removes the bar, leaving the cursor at the start of an empty line for the summary.</summary>
    public void Clear()
    {
        if (_shown) terminal.Write(EraseLine);
        _shown = false;
        terminal.Flush();
    }

    private void Draw()
    {
        terminal.Write((_shown ? EraseLine : "\r") + Render(_done, total, _failed, _last, width));
        terminal.Flush();
        _shown = true;
        _sinceDrawn.Restart();
    }
}
