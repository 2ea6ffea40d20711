using System.Net;
using AngleSharp.Html.Parser;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class LinkCrawlTests(SiteFixture site)
{
    // Bounds the crawl, so a generator bug that invents ever new URLs fails the test instead of hanging it.
    private const int MaxUrls = 2000;

    [Fact]
    public async Task EveryInternalLinkFromTheHomePageLeadsToAPageAndAnchorThatExist()
    {
        var origin = new Uri(site.Origin + "/");
        // No redirects: a link must point at the page's real URL, not at one that only forwards to it.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = origin };
        var parser = new HtmlParser();
        var fetched = new Dictionary<string, Fetched>(StringComparer.Ordinal);
        var links = new List<(string From, Uri To)>();
        var queue = new Queue<string>(["/"]);

        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (fetched.ContainsKey(path)) continue;
            Assert.True(fetched.Count < MaxUrls, $"the crawl passed {MaxUrls} URLs");

            using var response = await http.GetAsync(path);
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            if (response.StatusCode != HttpStatusCode.OK || !isHtml)
            {
                fetched[path] = new Fetched(response.StatusCode, null);
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            fetched[path] = new Fetched(response.StatusCode, document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var target = new Uri(new Uri(origin, path), value);
                if (target.Scheme is not ("http" or "https") || target.Authority != origin.Authority) continue;
                links.Add((path, target));
                queue.Enqueue(target.AbsolutePath);
            }
        }

        var broken = new List<string>();
        foreach (var (from, to) in links)
        {
            var target = fetched[to.AbsolutePath];
            var fragment = Uri.UnescapeDataString(to.Fragment.TrimStart('#'));
            if (target.Status != HttpStatusCode.OK)
                broken.Add($"{from} links to {to.PathAndQuery}: HTTP {(int)target.Status}");
            else if (fragment.Length > 0 && (target.Ids is null || !target.Ids.Contains(fragment)))
                broken.Add($"{from} links to {to.PathAndQuery}{to.Fragment}: no element has id '{fragment}'");
        }

        Assert.True(broken.Count == 0, $"{broken.Distinct().Count()} broken link(s):\n  " + string.Join("\n  ", broken.Distinct()));
        // Guards the crawl itself: it must have reached the generated pages, not stopped at the home page.
        Assert.True(fetched.Count(f => f.Value.Ids is not null) >= 25, $"the crawl reached only {fetched.Count} URLs");
        Assert.Contains("/roles/overseas-marketing-specialist/", fetched.Keys);
        Assert.Contains("/stages/maturity/", fetched.Keys);
        Assert.Contains("/tags/", fetched.Keys);
    }

    [Fact]
    public async Task AnUnknownAddressAnswersNotFoundWithTheHandbooksPage()
    {
        // Without this the crawl above could not notice a broken link: everything would answer 200.
        using var http = new HttpClient { BaseAddress = new Uri(site.Origin + "/") };

        using var response = await http.GetAsync("no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found · Marketing Handbook", document.Title);
    }

    private sealed record Fetched(HttpStatusCode Status, HashSet<string>? Ids);
}
