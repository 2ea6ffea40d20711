using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class ColourSchemeTests(SiteFixture site)
{
    // The theme's dark page background (--bg in style.css).
    private const string DarkBackground = "rgb(13, 17, 23)";
    private const string LightBackground = "rgb(255, 255, 255)";

    [Fact]
    public async Task DarkModeChoiceIsKeptAcrossReloadsAndPages()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        var toggle = page.Locator("#theme-toggle");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await AssertBackgroundAsync(page, LightBackground);

        await toggle.ClickAsync();
        await AssertDarkAsync(page);

        await page.ReloadAsync();
        await AssertDarkAsync(page);

        await page.Locator("#sidebar a", new() { HasText = "Roles" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("roles/"));
        await AssertDarkAsync(page);

        // Switching back is kept too, and wins over the earlier choice on the next page.
        await page.Locator("#theme-toggle").ClickAsync();
        await page.GotoAsync("glossary/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        await AssertBackgroundAsync(page, LightBackground);
    }

    private static async Task AssertDarkAsync(IPage page)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#theme-toggle .label")).ToHaveTextAsync("Light mode");
        await AssertBackgroundAsync(page, DarkBackground);
    }

    /// <summary>Checks the colours really changed, not only the attribute.</summary>
    private static async Task AssertBackgroundAsync(IPage page, string colour) =>
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", colour);
}
