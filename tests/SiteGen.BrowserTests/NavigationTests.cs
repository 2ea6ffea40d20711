using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task SidebarLinksLeadToThePagesTheyName()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        // A section page, so the sidebar shows the section's own pages as well as the top level.
        await page.GotoAsync("organisation/");
        var links = await SidebarLinksAsync(page);
        Assert.True(links.Length >= 8, "the sidebar lists too few pages: " + string.Join(", ", links.Select(l => l.Text)));

        foreach (var (href, text) in links)
        {
            await page.GotoAsync("organisation/");
            await page.Locator($"#sidebar a[href='{href}']").ClickAsync();

            await Expect(page).ToHaveURLAsync(site.Origin + href);
            await Expect(page.Locator("h1")).ToHaveTextAsync(text);
            // The sidebar marks where the reader now is.
            await Expect(page.Locator($"#sidebar a[href='{href}']")).ToHaveAttributeAsync("aria-current", "page");
        }
    }

    [Fact]
    public async Task BreadcrumbsLeadUpThroughTheSections()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("organisation/who-supervises-marketing/");
        var crumbs = page.Locator("nav.breadcrumbs li");
        await Expect(crumbs).ToHaveTextAsync(["Home", "Organisation", "Who supervises marketing"]);
        await Expect(crumbs.Last).ToHaveAttributeAsync("aria-current", "page");

        await page.Locator("nav.breadcrumbs a", new() { HasText = "Organisation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("organisation/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Organisation");

        await page.Locator("nav.breadcrumbs a", new() { HasText = "Home" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(""));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome");
    }

    [Fact]
    public async Task RoleBreadcrumbsLeadToTheRolesOverview()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");
        await Expect(page.Locator("nav.breadcrumbs li")).ToHaveTextAsync(["Home", "Roles", "CMO"]);

        await page.Locator("nav.breadcrumbs a", new() { HasText = "Roles" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("roles/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Roles");
    }

    /// <summary>Follows "Next" from the home page to the end: every link names the page it opens, and that page's
    /// "Previous" leads back to where the reader came from.</summary>
    [Fact]
    public async Task NextAndPreviousLinksWalkTheWholeHandbookConsistently()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        var visited = new List<string> { page.Url };

        while (await page.Locator("nav.pager a[rel=next]").CountAsync() > 0)
        {
            var next = page.Locator("nav.pager a[rel=next]");
            var title = await TitleOfAsync(next);
            var from = page.Url;
            await next.ClickAsync();
            await page.WaitForURLAsync(url => url != from);

            Assert.DoesNotContain(page.Url, visited);
            visited.Add(page.Url);
            Assert.True(visited.Count < 100, "the Next links never end");
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
            var previous = page.Locator("nav.pager a[rel=prev]");
            await Expect(previous).ToHaveAttributeAsync("href", new Uri(from).AbsolutePath);
        }

        // The walk reaches the roles, the stages and the glossary, not only the Markdown pages.
        Assert.Contains(site.Url("roles/cmo/"), visited);
        Assert.Contains(site.Url("stages/growth/"), visited);
        Assert.Contains(site.Url("responsibilities/"), visited);
        Assert.Equal(site.Url("glossary/"), visited[^1]);
    }

    [Fact]
    public async Task PreviousLinkOpensThePageItNames()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");
        var previous = page.Locator("nav.pager a[rel=prev]");
        var title = await TitleOfAsync(previous);
        Assert.Equal("Chief Executive Officer", title);

        await previous.ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("roles/ceo/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task TableOfContentsLinksLeadToTheirHeadingsAndStayInView()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");
        var toc = page.Locator("aside.toc a");
        var hrefs = await toc.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(hrefs.Length >= 3, "the table of contents lists too few headings: " + string.Join(", ", hrefs));

        foreach (var href in hrefs)
        {
            var link = page.Locator($"aside.toc a[href='{href}']");
            var text = (await link.TextContentAsync())!.Trim();
            await link.ClickAsync();

            var id = href[(href.IndexOf('#') + 1)..];
            await Expect(page).ToHaveURLAsync(site.Url("roles/cmo/#" + id));
            var heading = page.Locator($"[id='{id}']");
            await Expect(heading).ToHaveTextAsync(text);
            await Expect(heading).ToBeInViewportAsync();
            await Layout.AssertNotUnderHeaderAsync(heading, $"heading #{id}");
            // The page has scrolled, and the contents must still be readable beside it.
            await Layout.AssertNotUnderHeaderAsync(page.Locator("aside.toc ul"), "the table of contents");
        }
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task ALinkToAHeadingShowsTheHeadingBelowTheHeader(int width, int height)
    {
        await using var context = await site.NewContextAsync(width, height);
        var page = await context.NewPageAsync();

        await page.GotoAsync("stages/growth/#signs-that-growth-is-ending");

        var heading = page.Locator("#signs-that-growth-is-ending");
        await Expect(heading).ToBeInViewportAsync();
        await Layout.AssertNotUnderHeaderAsync(heading, $"#signs-that-growth-is-ending at {width}px");
    }

    private static async Task<(string Href, string Text)[]> SidebarLinksAsync(IPage page)
    {
        var links = await page.Locator("#sidebar a").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.getAttribute('href'), a.textContent.trim()])");
        return links.Select(l => (l[0], l[1])).ToArray();
    }

    /// <summary>The page title a pager link names, without its "Previous"/"Next" label.</summary>
    private static async Task<string> TitleOfAsync(ILocator pagerLink) =>
        await pagerLink.EvaluateAsync<string>("a => [...a.childNodes].filter(n => !(n.classList && n.classList.contains('pager-label'))).map(n => n.textContent).join('').trim()");
}
