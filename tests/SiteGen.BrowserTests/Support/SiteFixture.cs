using SiteGen.Build;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// Built once for all browser tests, because building, serving and starting Chromium take seconds: the example handbook
/// built into a temporary folder, a server for it and a headless Chromium.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    private readonly string site;

    public SiteFixture() : this(Folders.Content)
    {
    }

    /// <summary>For fixtures that serve a site of their own instead of the example.</summary>
    protected SiteFixture(string site) => this.site = site;

    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The folder the site was built into.</summary>
    public string OutputPath { get; } = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Scheme, host and port of the server, without a trailing slash.</summary>
    public string Origin => server?.Origin ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        var result = new SiteBuilder().Build(new BuildOptions(site, OutputPath));
        Assert.True(result.Diagnostics.Count == 0, $"Building {site} reported diagnostics:\n" + string.Join("\n", result.Diagnostics));

        server = await StaticSiteServer.StartAsync(OutputPath);
        playwright = await Playwright.CreateAsync();
        // Playwright cannot download its own browsers here, so it drives Debian's chromium package. The switches keep
        // Chromium from reaching the network by itself, which would also break the "no request leaves the site" check.
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser profile (own storage, so one test's dark mode never leaks into another) at a window size.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800)
    {
        var context = await (browser ?? throw new InvalidOperationException("The browser has not started.")).NewContextAsync(new()
        {
            BaseURL = Origin + "/",
            ViewportSize = new() { Width = width, Height = height },
            // A fixed light system setting, so the colour scheme only changes when a test asks for it.
            ColorScheme = ColorScheme.Light,
        });
        // Shorter than Playwright's 30 s, so a broken page fails quickly instead of stalling the run.
        context.SetDefaultTimeout(10_000);
        return context;
    }

    /// <summary>The absolute URL of a site path such as "roles/cmo/".</summary>
    public string Url(string path) => Origin + "/" + path;

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(OutputPath, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
