using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Link;
using SiteGen.Parse;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>
/// The "linked from" list of a page: every page and data text that links to it, each once however often it links, in the
/// order of <see cref="BacklinkComparer"/> (title without regard to case, then title, then URL).
/// </summary>
public class BacklinkTests
{
    [Fact]
    public void EachLinkingPlaceIsListedOnceInTitleOrder()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", TestSite.Roles.Replace("    summary: Analyses things.", "    summary: Analyses things.\n    description: Works for the [](role:lead)."));
        site.Write("pages/b.md", "---\ntitle: beta\n---\nAsk the [](role:lead), and [again](role:lead). See [Alpha](a.md).\n");
        site.Write("pages/a.md", "---\ntitle: Alpha\n---\nThe [lead](role:lead) decides.\n");
        site.Write("pages/c.md", "---\ntitle: alpha\n---\nThe [lead](role:lead) decides, and [](role:lead) knows.\n");

        var diagnostics = new DiagnosticBag();
        var discovered = new SiteDiscoverer().Discover(site.Root, diagnostics);
        var (model, _) = SitePipeline.Parse(discovered, new ConfigParser().Parse(discovered.Config, diagnostics), BuildCache.ForOneBuild(), diagnostics);
        var graph = new SiteLinker().Link(model, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(
            [("Alpha", "a/"), ("alpha", "c/"), ("Analyst", "roles/analyst/"), ("beta", "b/"), ("Guide", "guide/")],
            graph.BacklinksTo(SiteUrls.Role("lead")).Select(b => (b.Title, b.Url)));
        Assert.Equal([("beta", "b/")], graph.BacklinksTo("a/").Select(b => (b.Title, b.Url)));
        Assert.Empty(graph.BacklinksTo("b/"));
    }
}
