using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.History;

/// <summary>Pages show when their sources last changed in git and by whom, with their latest commits; sitemap.xml has the dates.</summary>
public class GitHistoryTests
{
    private const string Config = """
        title: Test Handbook
        base_url: /
        repository:
          url: https://git.example.com/org/handbook
        """;

    /// <summary>A site in docs/ below the top of the repository, changed in three commits by two people.</summary>
    private static GitRepo ThreeCommits()
    {
        var repo = new GitRepo("docs");
        repo.Write("README.md", "Outside the site.")
            .Write("sitegen.yml", Config)
            .Write("data/roles.yml", TestSite.Roles)
            .Write("data/lifecycle.yml", TestSite.Lifecycle)
            .Write("pages/guide.md", TestSite.Page)
            .Write("pages/other.md", "---\ntitle: Other\n---\nUnchanged since the start.\n");
        repo.Commit("Start the handbook", "2026-01-05");
        repo.Write("pages/guide.md", TestSite.Page + "\nMore advice.\n").Commit("Extend the guide", "2026-02-10", "Bob Builder");
        repo.Write("data/roles.yml", TestSite.Roles.Replace("Leads the team.", "Leads the whole team.")).Commit("Sharpen the lead's summary", "2026-03-15");
        File.WriteAllText(Path.Combine(repo.Root, "README.md"), "Changed outside the site.");
        repo.Commit("Outside the site", "2026-04-01", "Carl Outsider");
        return repo;
    }

    private static (BuildResult Result, string Output) Build(string site)
    {
        var output = Path.Combine(Folders.NewTemp(), "out");
        return (new SiteBuilder().Build(new BuildOptions(site, output) { Today = new DateOnly(2026, 5, 1) }), output);
    }

    private static IDocument Page(string output, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, path)));

    [Fact]
    public void APageShowsWhenItsFileLastChangedByWhomWithALinkToTheCommit()
    {
        var repo = ThreeCommits();
        var (result, output) = Build(repo.Site);

        Assert.Empty(result.Diagnostics);
        var history = Page(output, "guide/index.html").QuerySelector(".page-history")!;
        Assert.Equal("Last updated 2026-02-10 by Bob Builder in " + repo.Git("rev-parse", "--short=7", "HEAD~2").Trim(),
            history.QuerySelector(".last-updated")!.TextContent.Trim());
        var commitLink = history.QuerySelector(".last-updated a")!.GetAttribute("href");
        Assert.Equal($"https://git.example.com/org/handbook/commit/{repo.Git("rev-parse", "HEAD~2").Trim()}", commitLink);
        Assert.Equal(["2026-02-10 · Bob Builder · Extend the guide", "2026-01-05 · Ann Author · Start the handbook"],
            history.QuerySelectorAll(".history-list li").Select(li => li.TextContent.Trim()));
        Assert.Contains("2026-01-05", Page(output, "other/index.html").QuerySelector(".last-updated")!.TextContent);
    }

    [Fact]
    public void AGeneratedPageShowsTheHistoryOfTheDataFileItComesFrom()
    {
        var (_, output) = Build(ThreeCommits().Site);

        var role = Page(output, "roles/lead/index.html");
        Assert.StartsWith("Last updated 2026-03-15 by Ann Author", role.QuerySelector(".last-updated")!.TextContent);
        Assert.Equal(2, role.QuerySelectorAll(".history-list li").Length);
        Assert.StartsWith("Last updated 2026-01-05", Page(output, "stages/plan/index.html").QuerySelector(".last-updated")!.TextContent);
    }

    [Fact]
    public void SitemapGivesEachPageTheDateItsSourcesLastChanged()
    {
        var (_, output) = Build(ThreeCommits().Site);

        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        Assert.Contains("<url><loc>/guide/</loc><lastmod>2026-02-10</lastmod></url>", sitemap);
        Assert.Contains("<url><loc>/roles/lead/</loc><lastmod>2026-03-15</lastmod></url>", sitemap);
        Assert.Contains("<url><loc>/tags/</loc></url>", sitemap);
    }

    [Fact]
    public void TheChangelogListsTheLatestCommitsWithThePagesTheyTouched()
    {
        var (_, output) = Build(ThreeCommits().Site);

        var entries = Page(output, "changes/index.html").QuerySelectorAll(".commit-list > li").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Contains("Sharpen the lead's summary", entries[0].QuerySelector(".commit")!.TextContent);
        Assert.Equal(["Roles"], entries[0].QuerySelectorAll(".touched a").Select(a => a.TextContent));
        Assert.Equal(["Guide"], entries[1].QuerySelectorAll(".touched a").Select(a => a.TextContent));
        Assert.Equal("/guide/", entries[1].QuerySelector(".touched a")!.GetAttribute("href"));
        Assert.Contains("sitegen.yml", entries[2].QuerySelector(".touched")!.TextContent);
    }

    [Fact]
    public void OutsideGitTheBuildSucceedsAndSaysOnceThatThereIsNoHistory()
    {
        using var site = new TestSite();

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Written);
        Assert.Equal(["the site is not in a git repository, so pages show no history"], result.Notes);
        Assert.DoesNotContain("page-history", site.ReadOutput("guide/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "changes", "index.html")));
    }

    [Fact]
    public void AShallowCloneBuildsWithOneWarningAndNoDatesItCannotKnow()
    {
        var origin = ThreeCommits();
        var clone = Path.Combine(Folders.NewTemp(), "clone");
        GitRepo.Run(Folders.NewTemp(), ["clone", "-q", "--depth", "3", $"file://{origin.Root}", clone], []);

        var (result, output) = Build(Path.Combine(clone, "docs"));

        Assert.True(result.Written);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.GitUnavailable), (warning.Severity, warning.Code));
        Assert.Contains("shallow clone", warning.Message);
        // The clone holds the last three commits. The oldest of them is where its history is cut off: what it changed is not
        // known, so the guide (last changed there) shows no date, while the roles (changed after it) do.
        Assert.StartsWith("Last updated 2026-03-15", Page(output, "roles/lead/index.html").QuerySelector(".last-updated")!.TextContent);
        Assert.Null(Page(output, "guide/index.html").QuerySelector(".page-history"));
    }
}
