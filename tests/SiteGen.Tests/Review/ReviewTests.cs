using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Review;

/// <summary>Owners and review dates: shown on pages, due pages flagged, a review page, each role's own list, and a diagnostic.</summary>
public class ReviewTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Write("pages/policies/overdue.md", "---\ntitle: Overdue policy\nowner: lead\neffective: 2025-01-01\nreview_by: 2026-04-30\n---\nText.\n")
            .Write("pages/policies/soon.md", "---\ntitle: Soon policy\nowner: analyst\nreview_by: 2026-05-01\n---\nText.\n")
            .Write("pages/policies/later.md", "---\ntitle: Later policy\nreview_by: 2027-01-01\n---\nText.\n")
            .Write("pages/policies/old.md", "---\ntitle: Old policy\nreview_by: 2025-12-31\n---\nText.\n")
            .Write("pages/policies/owned.md", "---\ntitle: Owned page\nowner: lead\n---\nText.\n");
        return site;
    }

    private static BuildResult Build(TestSite site, bool overdueIsError = false) =>
        new SiteBuilder().Build(new BuildOptions(site.Root, site.Output) { Today = Today, OverdueIsError = overdueIsError });

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Fact]
    public void APageWhoseReviewDateHasPassedSaysSoAndNamesItsOwner()
    {
        using var site = Site();
        Build(site);

        var notice = Page(site, "policies/overdue/index.html").QuerySelector(".notice-review-due")!;
        Assert.Equal("Due for review: its review date, 2026-04-30, has passed. Owner: Team Lead", notice.TextContent.Trim());
        Assert.Equal("/roles/lead/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("The page names no owner.", Page(site, "policies/old/index.html").QuerySelector(".notice-review-due")!.TextContent);
        // Due today is not overdue yet.
        Assert.Null(Page(site, "policies/soon/index.html").QuerySelector(".notice-review-due"));
        var meta = Page(site, "policies/overdue/index.html").QuerySelector(".page-meta")!.TextContent;
        Assert.Contains("Team Lead", meta);
        Assert.Contains("2025-01-01", meta);
        Assert.Contains("2026-04-30", meta);
    }

    [Fact]
    public void TheReviewPageListsOwnedAndDatedPagesByDueDateOverdueFirst()
    {
        using var site = Site();
        Build(site);

        var rows = Page(site, "reviews/index.html").QuerySelectorAll("table.reviews tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(
        [
            "Old policy | — |  | 2025-12-31 | Overdue since 2025-12-31",
            "Overdue policy | Team Lead | 2025-01-01 | 2026-04-30 | Overdue since 2026-04-30",
            "Soon policy | Analyst |  | 2026-05-01 | Due 2026-05-01",
            "Later policy | — |  | 2027-01-01 | Due 2027-01-01",
            "Owned page | Team Lead |  |  | No review date",
        ], rows);
        Assert.Contains("2 overdue", Page(site, "reviews/index.html").QuerySelector(".lead")!.TextContent);
    }

    [Fact]
    public void EachRolesPageListsThePagesItOwnsAndWhichAreDue()
    {
        using var site = Site();
        Build(site);

        var owned = Page(site, "roles/lead/index.html").QuerySelectorAll("#owned-pages + ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Overdue policy due for review since 2026-04-30", "Owned page"], owned);
        Assert.Equal(["Soon policy (review by 2026-05-01)"], Page(site, "roles/analyst/index.html").QuerySelectorAll("#owned-pages + ul li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void AnOverdueReviewIsAWarningAtItsDateOrAnErrorWhenAsked()
    {
        using var site = Site();

        var warnings = Build(site);
        Assert.True(warnings.Written);
        var overdue = warnings.Diagnostics.Where(d => d.Code == DiagnosticCodes.ReviewOverdue).ToList();
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("pages/policies/overdue.md(5,12): warning SG3015: review overdue: 'Overdue policy' was due for review on 2026-04-30 (owner: Team Lead); " +
            "review the page, then set a new review_by date", overdue[1].ToMsBuildString());

        var errors = Build(site, overdueIsError: true);
        Assert.False(errors.Written);
        Assert.Equal(2, errors.Diagnostics.Count(d => d.Code == DiagnosticCodes.ReviewOverdue && d.Severity == Severity.Error));
    }

    [Fact]
    public void APageAtTheReviewPagesUrlGivesItText()
    {
        using var site = Site();
        site.Write("pages/reviews.md", "---\ntitle: Reviews\n---\nOwners review their pages yearly.\n");

        var result = Build(site);

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.Contains("Owners review their pages yearly.", Page(site, "reviews/index.html").QuerySelector(".prose")!.TextContent);
        Assert.NotNull(Page(site, "reviews/index.html").QuerySelector("table.reviews"));
    }
}
