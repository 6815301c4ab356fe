namespace SlideGen.Corpus.Scoring;

/// <summary>
/// CPython's <c>difflib.SequenceMatcher(None, a, b)</c> over sequences of code points, as far as <c>ratio()</c> needs:
/// <c>__chain_b</c> (b2j, and the "popular" elements dropped when b has 200 items or more: autojunk),
/// <c>find_longest_match</c> (with its extension over popular elements) and <c>get_matching_blocks</c>.
/// Ported line by line from Lib/difflib.py (3.11), so that ties break the same way and the figures are the same.
/// </summary>
public sealed class SequenceMatcher
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly Dictionary<int, List<int>> _b2j = [];

    public SequenceMatcher(int[] a, int[] b)
    {
        _a = a;
        _b = b;
        ChainB();
    }

    /// <summary><c>SequenceMatcher(None, a, b).ratio()</c> for two strings, compared code point by code point as Python does.</summary>
    public static double Ratio(string a, string b) => new SequenceMatcher(PyText.CodePoints(a), PyText.CodePoints(b)).Ratio();

    /// <summary>2.0 * matches / (len(a) + len(b)), or 1.0 when both are empty.</summary>
    public double Ratio()
    {
        var matches = GetMatchingBlocks().Sum(m => m.Size);
        var length = _a.Length + _b.Length;
        return length != 0 ? 2.0 * matches / length : 1.0;
    }

    public readonly record struct Match(int A, int B, int Size);

    private void ChainB()
    {
        for (var i = 0; i < _b.Length; i++)
        {
            if (!_b2j.TryGetValue(_b[i], out var indices))
                _b2j[_b[i]] = indices = [];
            indices.Add(i);
        }
        // isjunk is None: no junk. Autojunk: an element of a b of 200 or more items that occurs in more than
        // 1% of it (plus one) is "popular" and leaves b2j.
        var n = _b.Length;
        if (n >= 200)
        {
            var ntest = n / 100 + 1;
            foreach (var popular in _b2j.Where(e => e.Value.Count > ntest).Select(e => e.Key).ToList())
                _b2j.Remove(popular);
        }
    }

    public Match FindLongestMatch(int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        var j2len = new Dictionary<int, int>();
        for (var i = alo; i < ahi; i++)
        {
            var newj2len = new Dictionary<int, int>();
            if (_b2j.TryGetValue(_a[i], out var js))
            {
                foreach (var j in js)
                {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    var k = newj2len[j] = j2len.GetValueOrDefault(j - 1) + 1;
                    if (k > bestsize)
                        (besti, bestj, bestsize) = (i - k + 1, j - k + 1, k);
                }
            }
            j2len = newj2len;
        }
        // Extend the best by non-junk elements on each end: popular elements are not in b2j but are not junk.
        while (besti > alo && bestj > blo && _a[besti - 1] == _b[bestj - 1])
            (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1);
        while (besti + bestsize < ahi && bestj + bestsize < bhi && _a[besti + bestsize] == _b[bestj + bestsize])
            bestsize++;
        // Python then sucks up adjacent junk; with isjunk None there is none.
        return new Match(besti, bestj, bestsize);
    }

    public IReadOnlyList<Match> GetMatchingBlocks()
    {
        int la = _a.Length, lb = _b.Length;
        var queue = new Stack<(int Alo, int Ahi, int Blo, int Bhi)>();
        queue.Push((0, la, 0, lb));
        var blocks = new List<Match>();
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var x = FindLongestMatch(alo, ahi, blo, bhi);
            var (i, j, k) = (x.A, x.B, x.Size);
            if (k == 0) continue;
            blocks.Add(x);
            if (alo < i && blo < j) queue.Push((alo, i, blo, j));
            if (i + k < ahi && j + k < bhi) queue.Push((i + k, ahi, j + k, bhi));
        }
        blocks.Sort((p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B != q.B ? p.B.CompareTo(q.B) : p.Size.CompareTo(q.Size));

        // Collapse adjacent blocks, then the dummy (la, lb, 0), as Python does.
        var result = new List<Match>();
        int i1 = 0, j1 = 0, k1 = 0;
        foreach (var (i2, j2, k2) in blocks)
        {
            if (i1 + k1 == i2 && j1 + k1 == j2)
            {
                k1 += k2;
            }
            else
            {
                if (k1 != 0) result.Add(new Match(i1, j1, k1));
                (i1, j1, k1) = (i2, j2, k2);
            }
        }
        if (k1 != 0) result.Add(new Match(i1, j1, k1));
        result.Add(new Match(la, lb, 0));
        return result;
    }
}
