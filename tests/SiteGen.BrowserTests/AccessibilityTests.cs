using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    [Theory]
    [InlineData("", "light")]
    [InlineData("", "dark")]
    [InlineData("roles/cmo/", "light")]
    [InlineData("roles/cmo/", "dark")]
    [InlineData("stages/growth/", "light")]
    [InlineData("stages/growth/", "dark")]
    [InlineData("responsibilities/", "light")]
    [InlineData("responsibilities/", "dark")]
    [InlineData("glossary/", "light")]
    [InlineData("glossary/", "dark")]
    public async Task PageHasNoAxeViolations(string path, string scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await OpenAsync(context, path, scheme);

        await Axe.AssertNoViolationsAsync(page, $"/{path} in {scheme} mode");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task OpenSearchResultsHaveNoAxeViolations(string scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await OpenAsync(context, "", scheme);
        var input = page.Locator("#search-input");
        await input.FillAsync("marketing");
        await Expect(page.Locator("#search-results a[role=option]").First).ToBeVisibleAsync();
        // One result highlighted too, so the colours of the selected option are checked as well.
        await input.PressAsync("ArrowDown");
        await Expect(page.Locator("#search-results [aria-selected=true]")).ToHaveCountAsync(1);

        await Axe.AssertNoViolationsAsync(page, $"the open search results in {scheme} mode");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task SearchWithoutResultsHasNoAxeViolations(string scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await OpenAsync(context, "", scheme);

        await page.Locator("#search-input").FillAsync("xylophone");
        await Expect(page.Locator("#search-results .no-results")).ToHaveTextAsync("No results for “xylophone”");

        await Axe.AssertNoViolationsAsync(page, $"the search results without a match in {scheme} mode");
    }

    /// <summary>Opens a page with the reader's colour choice already stored, as the theme toggle stores it.</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path, string scheme)
    {
        await context.AddInitScriptAsync($"localStorage.setItem('sitegen-theme', '{scheme}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", scheme);
        return page;
    }
}
