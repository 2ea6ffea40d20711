using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>A scheduled CI job runs `sitegen check --overdue-is-error` to fail when a review is overdue.</summary>
public class ReviewCliTests
{
    private static TestSite SiteWithReviewDue(string day)
    {
        var site = new TestSite();
        site.Write("pages/policy.md", $"---\ntitle: Policy\nowner: lead\nreview_by: {day}\n---\nText.\n");
        return site;
    }

    [Fact]
    public void CheckWithOverdueIsErrorExitsOneWhenAReviewIsOverdue()
    {
        using var site = SiteWithReviewDue("2026-03-01");

        var (exit, stdout, stderr) = CliTests.Run(site.Root, "check", "--overdue-is-error", "--today", "2026-03-02");

        Assert.Equal(1, exit);
        Assert.Contains("pages/policy.md(4,12): error SG3015: review overdue: 'Policy' was due for review on 2026-03-01 (owner: Team Lead)", stderr);
        Assert.Contains("Check failed", stdout);
    }

    [Fact]
    public void WithoutTheFlagAnOverdueReviewIsAWarning()
    {
        using var site = SiteWithReviewDue("2026-03-01");

        var (exit, _, stderr) = CliTests.Run(site.Root, "check", "--today", "2026-03-02");

        Assert.Equal(0, exit);
        Assert.Contains("warning SG3015", stderr);
    }

    [Fact]
    public void BuildTakesTheFlagAndTheDateToo()
    {
        using var site = SiteWithReviewDue("2026-03-01");

        Assert.Equal(0, CliTests.Run(site.Root, "build", "--overdue-is-error", "--today", "2026-03-01").ExitCode);
        Assert.Equal(1, CliTests.Run(site.Root, "build", "--overdue-is-error", "--today", "2026-03-02").ExitCode);
    }

    [Fact]
    public void OutsideGitTheBuildSaysSoOnce()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = CliTests.Run(site.Root, "build");

        Assert.Equal(0, exit);
        Assert.Single(stdout.Split('\n'), line => line == "sitegen: note: the site is not in a git repository, so pages show no history");
    }
}
