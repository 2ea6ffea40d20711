using SiteGen.BrowserTests.Support;
using SiteGen.Cli.Serve;

namespace SiteGen.BrowserTests;

/// <summary>`sitegen serve` in a real browser: an open page reloads by itself after an edit, and shows a failed build's errors.</summary>
public class LiveReloadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static string CopyOfExample()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sitegen-serve", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Folders.Content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folders.Content, file);
            if (relative.StartsWith("_site", StringComparison.Ordinal)) continue;
            var target = Path.Combine(copy, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    [Fact]
    public async Task AnOpenPageReloadsByItselfAfterAnEditAndShowsErrorsOfABrokenOne()
    {
        var root = CopyOfExample();
        await using var session = new DevSession(root);
        await session.StartAsync("127.0.0.1", 0, CancellationToken.None);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var pagePath = Path.Combine(root, "pages", "guides", "working-across-markets.md");
        await page.GotoAsync(session.Url + "guides/working-across-markets/");
        await page.EvaluateAsync("() => { window.__before = true; }");

        await File.AppendAllTextAsync(pagePath, "\nThis sentence arrived while the page was open.\n");

        await page.GetByText("This sentence arrived while the page was open.").WaitForAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => window.__before === true"), "the page did not reload");

        await File.AppendAllTextAsync(pagePath, "\nA [broken](role:nobody) link.\n");
        var overlay = page.Locator("#sitegen-errors");
        await overlay.WaitForAsync();
        Assert.Contains("pages/guides/working-across-markets.md", await overlay.InnerTextAsync());
        Assert.Contains("SG3001", await overlay.InnerTextAsync());
        Assert.Contains("This sentence arrived", await page.Locator("main").InnerTextAsync());

        var text = await File.ReadAllTextAsync(pagePath);
        await File.WriteAllTextAsync(pagePath, text.Replace("[broken](role:nobody)", "[mendedlink](role:cmo)"));
        await page.GetByText("mendedlink").WaitForAsync();
        Assert.Equal(0, await page.Locator("#sitegen-errors").CountAsync());
    }
}
