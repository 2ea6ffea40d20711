using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>A unified-style line diff (longest common subsequence), enough to read what changed in a snapshot.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int context = 2, int maxLines = 200)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Kind, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x], x + 1)); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { lines.Add(('+', b[y], y + 1)); y++; }
            else { lines.Add(('-', a[x], x + 1)); x++; }
        }

        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind != ' ')
                for (var k = Math.Max(0, i - context); k <= Math.Min(lines.Count - 1, i + context); k++) show[k] = true;

        var builder = new StringBuilder();
        var written = 0;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            if (!show[i]) continue;
            if (i > 0 && !show[i - 1]) builder.Append("  ...\n");
            builder.Append(lines[i].Kind).Append(' ').Append(lines[i].Text).Append('\n');
            written++;
        }
        return builder.ToString();
    }
}
