using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class PhoneMenuTests(SiteFixture site)
{
    [Fact]
    public async Task OnAPhoneTheMenuButtonOpensAndClosesTheSidebar()
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");
        var button = page.Locator("#menu-toggle");
        var sidebar = page.Locator("#sidebar");
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(button).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        await button.ClickAsync();
        await Expect(sidebar).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        // Opening moves focus into the menu, so keyboard readers land where they asked to go.
        await Expect(sidebar.Locator("a").First).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(button).ToBeFocusedAsync();

        await button.ClickAsync();
        await Expect(sidebar).ToBeVisibleAsync();
        await button.ClickAsync();
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task OnAPhoneAMenuLinkOpensItsPage()
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync("");

        await page.Locator("#menu-toggle").ClickAsync();
        await page.Locator("#sidebar a", new() { HasText = "Responsibilities" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("responsibilities/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Responsibilities");
        await Expect(page.Locator("#sidebar")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task OnADesktopTheSidebarIsAlwaysShownAndThereIsNoMenuButton()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");

        await Expect(page.Locator("#sidebar")).ToBeVisibleAsync();
        // A button that does nothing visible would only confuse.
        await Expect(page.Locator("#menu-toggle")).ToBeHiddenAsync();
    }
}
