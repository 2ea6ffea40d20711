using SiteGen.History;
using SiteGen.Model;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>Commits as readers see them, linked to the repository's page for the commit when sitegen.yml names a repository.</summary>
public static class CommitViews
{
    public static CommitView Of(GitCommit commit, RepositoryConfig? repository) =>
        new(commit.Day, commit.Author, commit.Subject, commit.ShortHash, repository is null ? null : $"{repository.Url}/commit/{commit.Hash}");
}
