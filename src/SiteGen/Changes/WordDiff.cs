namespace SiteGen.Changes;

/// <summary>
/// A word-level diff of two texts given as paragraphs, for readers rather than patch tools: Myers' algorithm finds the fewest
/// words inserted and deleted, and long unchanged runs are folded to a few words of context on each side of a change.
/// </summary>
public static class WordDiff
{
    /// <summary>Unchanged runs longer than this many words are folded.</summary>
    public const int FoldAbove = 12;

    /// <summary>Words kept next to a change when a run is folded.</summary>
    public const int Context = 5;

    /// <summary>
    /// Beyond this many edits the texts have little in common, and the search's memory (which grows with the square of the
    /// edits) is not worth spending: the middle is shown as deleted and inserted whole.
    /// </summary>
    private const int MaxEdits = 2000;

    private const string BreakToken = "\n";

    public static IReadOnlyList<DiffPiece> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var words = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var a = Tokens(before, words, ids);
        var b = Tokens(after, words, ids);
        var edits = Edits(a, b);
        return edits.All(e => e.Kind == DiffKind.Same) ? [] : Pieces(edits.Select(e => (e.Kind, words[e.Token])).ToList());
    }

    private static int[] Tokens(IReadOnlyList<string> paragraphs, List<string> words, Dictionary<string, int> ids)
    {
        var tokens = new List<int>();
        int Id(string word)
        {
            if (!ids.TryGetValue(word, out var id))
            {
                ids[word] = id = words.Count;
                words.Add(word);
            }
            return id;
        }
        foreach (var paragraph in paragraphs)
        {
            var split = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (split.Length == 0) continue;
            if (tokens.Count > 0) tokens.Add(Id(BreakToken));
            foreach (var word in split) tokens.Add(Id(word));
        }
        return tokens.ToArray();
    }

    /// <summary>The edit script: common ends are matched directly, the middle by Myers' search.</summary>
    private static List<(DiffKind Kind, int Token)> Edits(int[] a, int[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var middleA = a[prefix..^suffix];
        var middleB = b[prefix..^suffix];

        var edits = new List<(DiffKind, int)>(a.Length + b.Length);
        edits.AddRange(a[..prefix].Select(t => (DiffKind.Same, t)));
        edits.AddRange(Myers(middleA, middleB)
            ?? [.. middleA.Select(t => (DiffKind.Deleted, t)), .. middleB.Select(t => (DiffKind.Inserted, t))]);
        edits.AddRange(a[^suffix..].Select(t => (DiffKind.Same, t)));
        return edits;
    }

    /// <summary>
    /// Myers' O((N+M)D) search. Each round d extends the furthest reaching path on every diagonal k = x − y with d edits; the
    /// part of the frontier each round read is kept, so the path can be walked back from the end.
    /// </summary>
    private static List<(DiffKind Kind, int Token)>? Myers(int[] a, int[] b)
    {
        int n = a.Length, m = b.Length;
        var limit = Math.Min(n + m, MaxEdits);
        var offset = limit + 1;
        var frontier = new int[2 * limit + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            trace.Add(frontier[(offset - d - 1)..(offset + d + 2)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])
                    ? frontier[offset + k + 1]
                    : frontier[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                frontier[offset + k] = x;
                if (x >= n && y >= m) return WalkBack(trace, a, b);
            }
        }
        return null;
    }

    private static List<(DiffKind Kind, int Token)> WalkBack(List<int[]> trace, int[] a, int[] b)
    {
        var edits = new List<(DiffKind, int)>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var round = trace[d];
            int At(int k) => round[k + d + 1];
            var diagonal = x - y;
            var previous = diagonal == -d || (diagonal != d && At(diagonal - 1) < At(diagonal + 1)) ? diagonal + 1 : diagonal - 1;
            var previousX = At(previous);
            var previousY = previousX - previous;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                edits.Add((DiffKind.Same, a[x]));
            }
            if (x == previousX)
            {
                y--;
                edits.Add((DiffKind.Inserted, b[y]));
            }
            else
            {
                x--;
                edits.Add((DiffKind.Deleted, a[x]));
            }
        }
        // Round 0 is the snake from the start, all of it common to both.
        while (x > 0)
        {
            x--;
            edits.Add((DiffKind.Same, a[x]));
        }
        edits.Reverse();
        return edits;
    }

    /// <summary>How many edits from the start of a run hold its first <paramref name="words"/> words (paragraph breaks are no words).</summary>
    private static int TokensHolding(IEnumerable<(DiffKind Kind, string Word)> run, int words)
    {
        var tokens = 0;
        foreach (var (_, word) in run)
        {
            if (words == 0) break;
            tokens++;
            if (word != BreakToken) words--;
        }
        return tokens;
    }

    /// <summary>Joins the edits into runs, folding the middle of long unchanged runs and keeping paragraph breaks.</summary>
    private static List<DiffPiece> Pieces(List<(DiffKind Kind, string Word)> edits)
    {
        var kept = new List<(DiffKind Kind, string Word)>();
        var start = 0;
        while (start < edits.Count)
        {
            var end = start;
            while (end < edits.Count && edits[end].Kind == edits[start].Kind) end++;
            var run = edits.GetRange(start, end - start);
            var wordCount = run.Count(e => e.Word != BreakToken);
            if (run[0].Kind != DiffKind.Same || wordCount <= FoldAbove)
            {
                kept.AddRange(run);
            }
            else
            {
                var head = start > 0 ? TokensHolding(run, Context) : 0;
                var tail = end < edits.Count ? TokensHolding(Enumerable.Reverse(run), Context) : 0;
                kept.AddRange(run.Take(head));
                kept.Add((DiffKind.Folded, $"{run.Skip(head).SkipLast(tail).Count(e => e.Word != BreakToken)} unchanged words"));
                kept.AddRange(run.TakeLast(tail));
            }
            start = end;
        }

        var pieces = new List<DiffPiece>();
        var words = new List<string>();
        var kind = DiffKind.Same;
        void Flush()
        {
            if (words.Count > 0) pieces.Add(new DiffPiece(kind, string.Join(' ', words)));
            words.Clear();
        }
        foreach (var (editKind, word) in kept)
        {
            if (editKind == DiffKind.Folded || word == BreakToken)
            {
                Flush();
                pieces.Add(editKind == DiffKind.Folded ? new DiffPiece(DiffKind.Folded, word) : new DiffPiece(DiffKind.Break, ""));
                continue;
            }
            if (editKind != kind) Flush();
            kind = editKind;
            words.Add(word);
        }
        Flush();
        return pieces;
    }
}
