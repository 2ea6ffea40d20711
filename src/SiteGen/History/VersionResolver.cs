using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>
/// Finds the versions <c>versions:</c> names: the matching tags and branches, oldest commit first, without the one checked out
/// (that is the current version, built from the files on disk). One <c>git for-each-ref</c> answers for all of them.
/// </summary>
public sealed class VersionResolver
{
    /// <summary>The versions to build from git, oldest first; <paramref name="current"/> is the name of the checked-out version.</summary>
    /// <exception cref="GitException">git failed.</exception>
    public IReadOnlyList<SiteVersion> Resolve(GitWorkTree tree, VersionsConfig config, out string current)
    {
        // Branches are looked for locally and as fetched from origin, since CI clones often have only the remote ones.
        IEnumerable<string> patterns =
        [
            .. config.Tags.Select(t => $"refs/tags/{t}"),
            .. config.Branches.Select(b => $"refs/heads/{b}"),
            .. config.Branches.Select(b => $"refs/remotes/origin/{b}"),
        ];
        var refs = Git.Run(tree.TopLevel,
            ["for-each-ref", "--format=%(refname)%1f%(objectname)%1f%(*objectname)%1f%(committerdate:unix)%1f%(*committerdate:unix)", .. patterns])
            .EnsureSucceeded("git for-each-ref");

        var found = new Dictionary<string, (string Commit, long Date)>(StringComparer.Ordinal);
        foreach (var line in refs.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderBy(Preference))
        {
            var fields = line.Split('\x1f');
            // An annotated tag names its commit (and that commit's date) one step further: the fields starting with '*'.
            var commit = fields[2].Length > 0 ? fields[2] : fields[1];
            var date = fields[4].Length > 0 ? fields[4] : fields[3];
            if (date.Length == 0) continue;
            found.TryAdd(ShortName(fields[0]), (commit, long.Parse(date, CultureInfo.InvariantCulture)));
        }

        current = tree.Branch
            ?? found.Where(f => f.Value.Commit == tree.Head).Select(f => f.Key).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? tree.Head?[..7]
            ?? "current";
        var checkedOut = current;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        return found
            .Where(f => f.Key != checkedOut)
            .OrderBy(f => f.Value.Date).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new SiteVersion(f.Key, Folder(f.Key), f.Value.Commit, DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(f.Value.Date).UtcDateTime)))
            .Where(v => folders.Add(v.Folder))
            .ToList();
    }

    /// <summary>Local refs before remote ones, so a local branch wins over origin's of the same name.</summary>
    private static int Preference(string line) => line.StartsWith("refs/remotes/", StringComparison.Ordinal) ? 1 : 0;

    private static string ShortName(string refName)
    {
        foreach (var prefix in new[] { "refs/tags/", "refs/heads/", "refs/remotes/origin/" })
            if (refName.StartsWith(prefix, StringComparison.Ordinal)) return refName[prefix.Length..];
        return refName;
    }

    /// <summary>A version's folder under the output: its name with anything but letters, digits, '.', '_' and '-' made '-'.</summary>
    public static string Folder(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name) builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        if (builder.Length == 0 || builder[0] == '.') builder.Insert(0, 'v');
        return builder.ToString();
    }
}
