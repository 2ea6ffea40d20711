namespace SiteGen.History;

/// <summary>
/// The commits that changed a site, newest first, with an index from each file (its path relative to the site folder) to the
/// commits that changed it, so a page's history is a lookup rather than a git command.
/// </summary>
public sealed class SiteHistory
{
    private readonly Dictionary<string, List<int>> _byFile = new(StringComparer.Ordinal);

    public SiteHistory(IReadOnlyList<GitCommit> commits)
    {
        Commits = commits;
        for (var i = 0; i < commits.Count; i++)
            foreach (var file in commits[i].Files)
            {
                if (!_byFile.TryGetValue(file, out var list)) _byFile[file] = list = [];
                list.Add(i);
            }
    }

    public static SiteHistory Empty { get; } = new([]);

    /// <summary>Every commit that changed the site, newest first.</summary>
    public IReadOnlyList<GitCommit> Commits { get; }

    /// <summary>The latest commits that changed any of the files, newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<GitCommit> Of(IEnumerable<string> files, int limit)
    {
        var indexes = new SortedSet<int>();
        foreach (var file in files)
            if (_byFile.TryGetValue(file, out var list))
                foreach (var index in list.Take(limit)) indexes.Add(index);
        return indexes.Take(limit).Select(i => Commits[i]).ToList();
    }
}
