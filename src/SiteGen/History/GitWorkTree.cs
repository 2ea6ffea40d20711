namespace SiteGen.History;

/// <summary>
/// The git work tree a site folder is in: its top folder, the site folder's path inside it ("" at the top, "docs/" below),
/// the commit and branch checked out, and whether the clone is shallow (its history cut off at <see cref="ShallowCommits"/>).
/// </summary>
public sealed record GitWorkTree(string TopLevel, string Prefix, string? Head, string? Branch, IReadOnlySet<string> ShallowCommits)
{
    public bool IsShallow => ShallowCommits.Count > 0;

    /// <summary>The work tree holding <paramref name="folder"/>, or null when the folder is in none.</summary>
    /// <exception cref="GitException">git is missing or failed.</exception>
    public static GitWorkTree? Open(string folder)
    {
        var found = Git.Run(folder, ["rev-parse", "--show-toplevel", "--show-prefix", "--git-path", "shallow"]);
        if (!found.Succeeded && found.Stderr.Contains("not a git repository", StringComparison.Ordinal)) return null;
        var lines = found.EnsureSucceeded("git rev-parse").Lines;
        var top = lines[0];
        var prefix = lines.Count > 1 ? lines[1] : "";
        var shallowFile = lines.Count > 2 ? Path.GetFullPath(lines[2], folder) : "";
        // A shallow clone lists the commits its history stops at; the commits before them are not there to read.
        var shallow = File.Exists(shallowFile)
            ? File.ReadAllLines(shallowFile).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

        var head = Git.Run(top, ["rev-parse", "-q", "--verify", "HEAD^{commit}"]);
        var branch = Git.Run(top, ["symbolic-ref", "-q", "--short", "HEAD"]);
        return new GitWorkTree(top, prefix, head.Succeeded ? head.Text.Trim() : null, branch.Succeeded ? branch.Text.Trim() : null, shallow);
    }

    /// <summary>A path of the work tree made relative to the site folder; null when it lies outside the site.</summary>
    public string? SitePath(string repositoryPath) =>
        repositoryPath.StartsWith(Prefix, StringComparison.Ordinal) ? repositoryPath[Prefix.Length..] : null;

    /// <summary>Limits a git command to the site folder: the whole tree when the site is at its top.</summary>
    public IEnumerable<string> SitePathspec => ["--", Prefix.Length == 0 ? "." : Prefix];
}
