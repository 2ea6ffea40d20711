using System.Text.RegularExpressions;
using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    /// <summary>Queries with the page (and heading anchor) they must find: a role, a glossary term by its alias, and
    /// headings inside Markdown pages. Columns: query, result path, result title, h1 of the target page, anchor id.</summary>
    public static TheoryData<string, string, string, string, string?> Targets => new()
    {
        { "overseas", "roles/overseas-marketing-specialist/", "Overseas Marketing Specialist", "Overseas Marketing Specialist", null },
        { "Chief Marketing Officer", "glossary/#cmo", "CMO", "Glossary", "cmo" },
        { "Signs that growth is ending", "stages/growth/#signs-that-growth-is-ending", "Signs that growth is ending", "Growth", "signs-that-growth-is-ending" },
        { "what research must cover", "policies/market-research-policy/#what-research-must-cover", "What research must cover", "Market research policy", "what-research-must-cover" },
    };

    [Fact]
    public async Task TypingARoleNameListsTheRoleWithTitleSectionAndHighlightedSnippet()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");

        await page.Locator("#search-input").PressSequentiallyAsync("overseas");

        var result = Result(page, "roles/overseas-marketing-specialist/");
        await Expect(result).ToBeVisibleAsync();
        await Expect(page.Locator("#search-input")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(result.Locator(".result-title")).ToHaveTextAsync("Overseas Marketing Specialist");
        await Expect(result.Locator(".result-title mark")).ToHaveTextAsync("Overseas");
        await Expect(result.Locator(".result-section")).ToHaveTextAsync("Roles");
        await Expect(result.Locator(".result-snippet")).ToContainTextAsync("Overseas Marketing Specialist studies local conditions");
        await Expect(result.Locator(".result-snippet mark").First).ToHaveTextAsync("Overseas");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task ChoosingAResultWithArrowDownAndEnterOpensItsPageAtItsAnchor(string query, string path, string title, string h1, string? anchor)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        var input = page.Locator("#search-input");
        // Fill raises a single input event, so the list is rendered once and its order stays put while we read it.
        await input.FillAsync(query);
        await Expect(Result(page, path).Locator(".result-title")).ToHaveTextAsync(title);

        var hrefs = await page.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var index = Array.IndexOf(hrefs, "/" + path);
        Assert.True(index >= 0, $"/{path} is not among the results for '{query}': {string.Join(", ", hrefs)}");
        for (var i = 0; i <= index; i++) await input.PressAsync("ArrowDown");
        await Expect(page.Locator("#search-results [role=option]").Nth(index)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", $"search-result-{index}");
        await input.PressAsync("Enter");

        await AssertOpenedAsync(page, path, h1, anchor);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task ClickingAResultOpensItsPageAtItsAnchor(string query, string path, string title, string h1, string? anchor)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        var result = Result(page, path);
        await Expect(result.Locator(".result-title")).ToHaveTextAsync(title);

        await result.ClickAsync();

        await AssertOpenedAsync(page, path, h1, anchor);
    }

    [Fact]
    public async Task TypingTheStartOfAWordFindsWholeWordsThatBeginWithIt()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");

        // "mark" is not a word of the handbook, so only prefix matching can find anything.
        await page.Locator("#search-input").PressSequentiallyAsync("mark", new() { Delay = 30 });

        var options = page.Locator("#search-results [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-results .no-results")).ToHaveCountAsync(0);
        await Expect(options.First).ToContainTextAsync(new Regex("[Mm]arketing"));
        var highlighted = page.Locator("#search-results mark", new() { HasTextRegex = new Regex("^[Mm]arketing$") });
        await Expect(highlighted.First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SlashFocusesTheSearchBox()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("roles/cmo/");
        var input = page.Locator("#search-input");
        await Expect(input).Not.ToBeFocusedAsync();

        await page.Keyboard.PressAsync("/");

        await Expect(input).ToBeFocusedAsync();
        // The slash only moves focus; it must not end up in the query.
        await Expect(input).ToHaveValueAsync("");
    }

    /// <summary>The result that links to a path; each option is itself the link (li role=none > a role=option).</summary>
    private static ILocator Result(IPage page, string path) => page.Locator($"#search-results a[role=option][href='/{path}']");

    private async Task AssertOpenedAsync(IPage page, string path, string h1, string? anchor)
    {
        await Expect(page).ToHaveURLAsync(site.Url(path));
        Assert.EndsWith("/" + path, page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync(h1);
        if (anchor is null) return;

        var target = page.Locator($"[id='{anchor}']");
        await Expect(target).ToBeInViewportAsync();
        await Layout.AssertNotUnderHeaderAsync(target, $"#{anchor}");
    }
}
