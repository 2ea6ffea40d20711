using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class ConsoleAndNetworkTests(SiteFixture site)
{
    [Theory]
    [InlineData("")]
    [InlineData("roles/cmo/")]
    [InlineData("stages/growth/")]
    [InlineData("responsibilities/")]
    [InlineData("glossary/")]
    [InlineData("roles/cmo/start/")]
    [InlineData("print/cmo/")]
    [InlineData("print/")]
    public async Task PageLogsNoErrorAndRequestsNothingFromElsewhere(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        watch.AssertClean(site.Origin, $"/{path}");
    }

    [Fact]
    public async Task SearchLogsNoErrorAndRequestsNothingFromElsewhere()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync("");

        // Two queries, so the manifest, several shards and record chunks are all fetched.
        await page.Locator("#search-input").PressSequentiallyAsync("marketing plan");
        await Expect(page.Locator("#search-results [role=option]").First).ToBeVisibleAsync();
        await page.Locator("#search-input").FillAsync("Chief Marketing Officer");
        await Expect(page.Locator("#search-results a[href='/glossary/#cmo']")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        watch.AssertClean(site.Origin, "searching from /");
    }
}
