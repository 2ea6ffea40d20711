using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    private static readonly (string Name, string Path)[] Pages = [("home", ""), ("role-cmo", "roles/cmo/"), ("matrix", "responsibilities/")];

    /// <summary>Saves full-page screenshots for a person to look at, and checks the one layout fault a machine can
    /// see reliably: a page wider than the screen, which makes a phone reader scroll sideways.</summary>
    [Theory]
    [InlineData("phone", 360, 740)]
    [InlineData("desktop", 1280, 800)]
    public async Task PagesFitTheScreenWidthAndAreSavedAsScreenshots(string device, int width, int height)
    {
        Directory.CreateDirectory(Folders.Screenshots);
        await using var context = await site.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var (name, path) in Pages)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var file = Path.Combine(Folders.Screenshots, $"{device}-{name}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000, $"{file} is (nearly) empty");

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) problems.Add($"/{path} is {overflow}px wider than a {width}px screen");
        }

        // Checked after every screenshot is saved, so a failure still leaves all of them to look at.
        Assert.True(problems.Count == 0, string.Join("\n", problems) + $"\nScreenshots: {Folders.Screenshots}");
    }
}
