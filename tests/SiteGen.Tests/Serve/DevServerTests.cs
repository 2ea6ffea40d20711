using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>The real dev server (Kestrel on a free loopback port, a real file watcher) driven with a real HTTP client.</summary>
public class DevServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static Task<(DevSession Session, HttpClient Http)> StartAsync(TestSite site, DateOnly? today = null) => StartAsync(site.Root, today);

    private static async Task<(DevSession Session, HttpClient Http)> StartAsync(string root, DateOnly? today = null)
    {
        var session = new DevSession(root, today);
        await session.StartAsync("127.0.0.1", 0, CancellationToken.None);
        return (session, new HttpClient { BaseAddress = new Uri(session.Url), Timeout = Patience });
    }

    private static Task<ServerEvents> EventsAsync(HttpClient http) => ServerEvents.OpenAsync(http);

    /// <summary>A started session, its events read past the first build, and a count of the rebuilds from then on.</summary>
    private static async Task<(DevSession Session, HttpClient Http, ServerEvents Events, Func<int> Rebuilds)> StartCountingAsync(TestSite site)
    {
        var (session, http) = await StartAsync(site);
        var rebuilds = 0;
        session.Rebuilt += (_, _, _) => Interlocked.Increment(ref rebuilds);
        var events = await EventsAsync(http);
        await events.NextAsync();
        return (session, http, events, () => Volatile.Read(ref rebuilds));
    }

    [Fact]
    public async Task AnEditProducesAReloadEventAndTheNewContent()
    {
        using var site = new TestSite();
        var (session, http) = await StartAsync(site);
        await using var _ = session;
        using var events = await EventsAsync(http);
        var first = await events.NextAsync();
        Assert.Equal("built", first.Name);

        site.Write("pages/guide.md", "---\ntitle: Guide\n---\nFreshly edited text.\n");
        var next = await events.NextAsync();

        Assert.Equal("built", next.Name);
        Assert.True(next.Data.GetProperty("version").GetInt32() > first.Data.GetProperty("version").GetInt32());
        Assert.Contains("Freshly edited text.", await http.GetStringAsync("guide/"));
    }

    [Fact]
    public async Task ABrokenEditShowsTheErrorsKeepsTheOldPageAndTheFixClearsThem()
    {
        using var site = new TestSite();
        var (session, http) = await StartAsync(site);
        await using var _ = session;
        using var events = await EventsAsync(http);
        await events.NextAsync();

        site.Write("pages/guide.md", "---\ntitle: Guide\n---\nAsk the [](role:nobody).\n");
        var failed = await events.NextAsync();

        Assert.Equal("failed", failed.Name);
        var error = failed.Data.GetProperty("errors")[0];
        Assert.Equal("pages/guide.md", error.GetProperty("file").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("SG3001", error.GetProperty("code").GetString());
        var page = await http.GetStringAsync("guide/");
        Assert.Contains("Team Lead", page);

        site.Write("pages/guide.md", "---\ntitle: Guide\n---\nAsk the [](role:analyst).\n");
        var fixedEvent = await events.NextAsync();

        Assert.Equal("built", fixedEvent.Name);
        Assert.Equal(0, fixedEvent.Data.GetProperty("errors").GetArrayLength());
        Assert.Contains("Analyst", await http.GetStringAsync("guide/"));
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2E%2E%5C%2E%2E%5Cetc%5Cpasswd")]
    [InlineData("/guide/..%5c..%5c..%5cetc/passwd")]
    public async Task TraversalAttemptsAreRefused(string target)
    {
        using var site = new TestSite();
        var (session, _) = await StartAsync(site);
        await using var __ = session;
        var uri = new Uri(session.Url);

        // A raw request line, because HTTP clients tidy such paths before sending them.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, uri.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream).ReadToEndAsync();

        var status = int.Parse(response.Split(' ')[1]);
        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task PagesCarryTheLiveReloadScriptAndSecurityHeadersButTheBuiltSiteDoesNot()
    {
        using var site = new TestSite();
        var (session, http) = await StartAsync(site);
        await using var _ = session;

        using var response = await http.GetAsync("guide/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("/__sitegen/live.js", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("http://127.0.0.1:", session.Url);
        Assert.True(site.Build().Written);
        Assert.DoesNotContain("__sitegen", site.ReadOutput("guide/index.html"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("no/such/page/")).StatusCode);
    }

    [Fact]
    public async Task PrintablePacketsAreMadeWhenAskedForAndMatchTheBuiltOnes()
    {
        using var site = new TestSite();
        var day = new DateOnly(2026, 3, 14);
        var (session, http) = await StartAsync(site, day);
        await using var _ = session;
        Assert.True(session.Rebuilder.Current.Files.TryGetValue("print/index.html", out var packet));
        Assert.False(packet.IsValueCreated);

        var served = await http.GetStringAsync("print/");

        Assert.True(packet.IsValueCreated);
        Assert.True(new SiteGen.Build.SiteBuilder().Build(new SiteGen.Build.BuildOptions(site.Root, site.Output) { Today = day }).Written);
        var withoutScript = System.Text.RegularExpressions.Regex.Replace(served, "<script src=\"/__sitegen/live\\.js\"[^>]*></script>", "");
        Assert.Equal(site.ReadOutput("print/index.html"), withoutScript);
    }

    [Fact]
    public async Task TheSearchIndexServedAfterAnEditIsTheBuiltOne()
    {
        using var site = new TestSite();
        var day = new DateOnly(2026, 3, 14);
        var (session, http) = await StartAsync(site, day);
        await using var _ = session;
        using var events = await EventsAsync(http);
        await events.NextAsync();

        site.Write("pages/guide.md", File.ReadAllText(Path.Combine(site.Root, "pages", "guide.md")) + "\nZanzibarian spice routes.\n");
        Assert.Equal("built", (await events.NextAsync()).Name);

        Assert.True(new SiteGen.Build.SiteBuilder().Build(new SiteGen.Build.BuildOptions(site.Root, site.Output) { Today = day }).Written);
        var built = Directory.GetFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories);
        Assert.Contains(built, f => File.ReadAllText(f).Contains("zanzibarian"));
        foreach (var file in built)
        {
            var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            Assert.Equal(File.ReadAllBytes(file), await http.GetByteArrayAsync(relative));
        }
    }

    [Fact]
    public async Task ABurstOfChangesIsCoalescedIntoOneRebuild()
    {
        using var site = new TestSite();
        var (session, http, events, rebuilds) = await StartCountingAsync(site);
        await using var _ = session;
        using var __ = events;

        for (var i = 0; i < 5; i++) site.Write($"pages/burst-{i}.md", $"---\ntitle: Burst {i}\n---\nText.\n");
        await events.NextAsync();
        await Task.Delay(300);

        // Five files saved at once are one burst; a scheduling pause on a busy machine may split it in two, never in five.
        Assert.InRange(rebuilds(), 1, 2);
        Assert.Contains("Burst 4", await http.GetStringAsync("burst-4/"));
    }

    [Fact]
    public async Task FilesInHiddenFoldersOfTheSiteAsABuildsSpareAndStagingAreNotWatched()
    {
        using var site = new TestSite();
        var (session, http, events, rebuilds) = await StartCountingAsync(site);
        await using var _ = session;
        using var __ = events;

        site.Write("._site.spare/guide/index.html", "<p>an earlier build</p>");
        site.Write("._site.staging-4242/guide/index.html", "<p>a build going on</p>");
        await Task.Delay(1000);
        site.Write("pages/guide.md", TestSite.Page + "\nAn edit.\n");
        await events.NextAsync();
        await Task.Delay(300);

        Assert.Equal(1, rebuilds());
        Assert.Contains("An edit.", await http.GetStringAsync("guide/"));
    }

    [Fact]
    public async Task ACommitRebuildsTheSiteSoItsPagesShowTheirNewHistory()
    {
        var repo = new GitRepo();
        repo.Write("sitegen.yml", TestSite.Config).Write("data/roles.yml", TestSite.Roles).Write("data/lifecycle.yml", TestSite.Lifecycle)
            .Write("pages/guide.md", TestSite.Page).Commit("Start the handbook", "2026-01-05");
        var (session, http) = await StartAsync(repo.Site);
        await using var _ = session;
        using var events = await EventsAsync(http);
        await events.NextAsync();
        repo.Write("pages/guide.md", TestSite.Page + "\nMore advice.\n");
        await events.NextAsync();
        Assert.DoesNotContain("Bob Builder", await http.GetStringAsync("guide/"));

        repo.Commit("Extend the guide", "2026-02-10", "Bob Builder");

        // Committing runs git add and then git commit, and each writes into .git: two bursts of changes, each rebuilt and
        // announced. The reload for the add can come before the commit is built; the page shows its history by the last one.
        const string history = "Last updated <time datetime=\"2026-02-10\">2026-02-10</time> by Bob Builder";
        var page = "";
        for (var reloads = 0; reloads < 5 && !page.Contains(history, StringComparison.Ordinal); reloads++)
        {
            await events.NextAsync();
            page = await http.GetStringAsync("guide/");
        }
        Assert.Contains(history, page);
    }

    [Fact]
    public async Task TheFoldersOfBuiltSitesInTheSiteFolderAreNotWatched()
    {
        using var site = new TestSite();
        foreach (var output in new[] { "_site", "._site.spare", "public" })
            for (var i = 0; i < 300; i++) Directory.CreateDirectory(Path.Combine(site.Root, output, $"section-{i}", "page"));
        File.WriteAllText(Path.Combine(site.Root, "public", SiteGen.Emit.SiteEmitter.MarkerFile), "");
        var before = InotifyWatches.Of();

        var (session, http) = await StartAsync(site);
        await using var _ = session;

        // Above the few folders of the sources, and far below the 1,800 folders of the three sites.
        Assert.InRange(InotifyWatches.Of() - before, 1, 200);
        using var events = await EventsAsync(http);
        await events.NextAsync();
        site.Write("pages/new/deeper/page.md", "---\ntitle: Deeper\n---\nText.\n");
        await events.NextAsync();
        Assert.Contains("Deeper", await http.GetStringAsync("new/deeper/page/"));

        // A folder made now is watched from now on, and so is the next file saved into it.
        site.Write("assets/img/first.txt", "first");
        await events.NextAsync();
        Assert.Equal("first", await http.GetStringAsync("assets/img/first.txt"));
        site.Write("assets/img/second.txt", "second");
        await events.NextAsync();
        Assert.Equal("second", await http.GetStringAsync("assets/img/second.txt"));
    }
}
