using SiteGen.History;
using SiteGen.Model;

namespace SiteGen.Build;

/// <summary>
/// What git can tell a build about its site: the work tree, the history of the checked-out commit, and the versions to publish.
/// git is optional: whatever it cannot tell is said once, as a problem (a warning: something the site asked for or had is
/// missing) or as a note (nothing was lost, such as a site outside any repository).
/// </summary>
public sealed record GitSite(GitWorkTree? Tree, SiteHistory? History, string CurrentVersion, IReadOnlyList<SiteVersion> Versions,
    IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    /// <param name="siteRoot">The site folder.</param>
    /// <param name="config">The site's settings, for the versions to publish.</param>
    /// <param name="includeVersions">Whether to look for the versions at all.</param>
    /// <param name="known">The history an earlier build of the process read, and the commit it read it at, to use again while
    /// the same commit is checked out (<see cref="BuildCache.GitHistory"/>; the caller keeps what this returns there).</param>
    public static GitSite Read(string siteRoot, SiteConfig config, bool includeVersions, (string Head, SiteHistory History)? known)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var wantsVersions = includeVersions && config.Versions is { } v && v.Tags.Count + v.Branches.Count > 0;
        GitWorkTree? tree;
        try
        {
            tree = GitWorkTree.Open(siteRoot);
        }
        catch (GitException e)
        {
            // Without git a site in a repository loses its history; one that is in none loses nothing.
            if (e.Missing && !wantsVersions && !InRepository(siteRoot)) notes.Add("the site is not in a git repository, so pages show no history");
            else problems.Add($"{e.Message}: pages show no history and no versions were built");
            return new GitSite(null, null, "current", [], problems, notes);
        }
        if (tree is null)
        {
            if (wantsVersions) problems.Add("sitegen.yml names versions, but the site is not in a git repository: only the files on disk were built");
            else notes.Add("the site is not in a git repository, so pages show no history");
            return new GitSite(null, null, "current", [], problems, notes);
        }

        SiteHistory? history = null;
        try
        {
            history = tree.Head is null ? SiteHistory.Empty
                : known is { } earlier && earlier.Head == tree.Head ? earlier.History
                : new GitHistoryReader().Read(tree, tree.Head);
        }
        catch (GitException e)
        {
            problems.Add($"{e.Message}: pages show no history");
        }
        if (tree.IsShallow)
            problems.Add("the repository is a shallow clone: pages last changed before its oldest commit show no date, and histories stop there; " +
                "fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)");

        var current = tree.Branch ?? "current";
        IReadOnlyList<SiteVersion> versions = [];
        if (wantsVersions)
        {
            try
            {
                versions = new VersionResolver().Resolve(tree, config.Versions!, out current);
            }
            catch (GitException e)
            {
                problems.Add($"{e.Message}: no versions were built");
            }
        }
        return new GitSite(tree, history, current, versions, problems, notes);
    }

    /// <summary>Whether a folder above the site holds a .git, which is all there is to go by when git itself is missing.</summary>
    private static bool InRepository(string siteRoot)
    {
        for (var folder = new DirectoryInfo(siteRoot); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git"))) return true;
        return false;
    }
}
