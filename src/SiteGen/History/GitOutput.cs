using System.Text;

namespace SiteGen.History;

/// <summary>What one git command printed, and how it ended.</summary>
public sealed record GitOutput(int ExitCode, byte[] Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    public string Text => Encoding.UTF8.GetString(Stdout);

    /// <summary>The output's lines without the final newline.</summary>
    public IReadOnlyList<string> Lines => Text.TrimEnd('\n').Split('\n');

    /// <summary>Throws with git's own first line of complaint, so the build's warning says what went wrong.</summary>
    public GitOutput EnsureSucceeded(string what)
    {
        if (Succeeded) return this;
        var reason = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? $"exit code {ExitCode}";
        throw new GitException($"{what} failed: {reason}");
    }
}
