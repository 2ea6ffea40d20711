using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class GlossaryTooltipTests(SiteFixture site)
{
    [Fact]
    public async Task HoveringATermShowsItsDefinition()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/ceo/");
        var term = page.Locator("main a.xref-term[data-definition]").First;
        var definition = await term.GetAttributeAsync("data-definition");
        Assert.False(string.IsNullOrWhiteSpace(definition), "the term link carries no definition");

        await term.HoverAsync();

        var tip = page.Locator("#term-tip[role=tooltip]");
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToHaveTextAsync(definition!);
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "term-tip");
        await Expect(tip).ToBeInViewportAsync();

        await page.Locator("h1").HoverAsync();
        await Expect(tip).ToBeHiddenAsync();
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "term-tip");
    }

    [Fact]
    public async Task TabbingToATermShowsItsDefinitionAndEscapeHidesIt()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/ceo/");

        // Tab through the page like a keyboard reader until a glossary term has focus.
        for (var presses = 0; presses < 100; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.xref-term[data-definition]')")) break;
        }
        var term = page.Locator("a.xref-term[data-definition]:focus");
        await Expect(term).ToHaveCountAsync(1);
        var definition = await term.GetAttributeAsync("data-definition");

        var tip = page.Locator("#term-tip[role=tooltip]");
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToHaveTextAsync(definition!);
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "term-tip");

        await page.Keyboard.PressAsync("Escape");
        await Expect(tip).ToBeHiddenAsync();
    }
}
