using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>Markup in data values, front matter and Markdown reaches the reader as text: nothing in it runs, anywhere on the site.</summary>
public class HostileContentTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    [Fact]
    public async Task NoPageRunsScriptFromContent()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var pages = Directory.EnumerateFiles(site.OutputPath, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/'))
            .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 8, string.Join(", ", pages));

        foreach (var path in pages)
        {
            await page.GotoAsync(site.Url(path));
            var links = page.Locator("a.xref-term");
            if (await links.CountAsync() > 0) await links.First.HoverAsync();
            await page.Mouse.MoveAsync(5, 5);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), $"script ran on {path}");
            // The markup is still there, as text a reader can see.
            Assert.Contains("window.__pwned", await page.ContentAsync());
        }

        await page.GotoAsync(site.Url(""));
        await page.Locator("#search-input").FillAsync("pwned");
        await page.Locator("#search-results a[role=option]").First.WaitForAsync();
        await page.Locator("#search-results a[role=option]").First.HoverAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "script ran from search results");
        Assert.Contains("<script>", await page.Locator("#search-results").InnerTextAsync());
        Assert.Empty(dialogs);
    }
}
