using System.Text;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render;
using SiteGen.Render.Views;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>
/// A build that keeps nothing for the next makes each content page's view as the page is rendered and lets the page's body
/// go then: the view must hold the page's HTML, and a view made twice must fail loudly rather than show an empty page.
/// </summary>
public class DeferredViewTests
{
    private static (JobPlanner Planner, Page Guide, IReadOnlyList<RenderJob> Jobs) Plan(TestSite site, bool defer)
    {
        var diagnostics = new DiagnosticBag();
        var discovered = new SiteDiscoverer().Discover(site.Root, diagnostics);
        var (model, markdown) = SitePipeline.Parse(discovered, new ConfigParser().Parse(discovered.Config, diagnostics), BuildCache.ForOneBuild(), diagnostics);
        var graph = new SiteLinker().Link(model, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var planner = new JobPlanner(graph, new MarkdownHtml(markdown, keep: false), null) { DefersViews = defer };
        return (planner, model.Pages.Single(p => p.Url == "guide/"), planner.Plan());
    }

    private static string Html(object view) => Encoding.UTF8.GetString(Assert.IsType<ContentPageView>(view).Html!.Bytes.Span);

    [Fact]
    public void ADeferredViewHoldsThePagesHtmlAndLetsItsBodyGo()
    {
        using var site = new TestSite();
        var (_, kept, keptJobs) = Plan(site, defer: false);
        var (_, guide, jobs) = Plan(site, defer: true);
        var later = jobs.Single(j => j.Url == "guide/").View;
        Assert.IsType<LaterView>(later);
        Assert.NotSame(PageBody.Empty, guide.Body);

        var view = LaterView.Of(later);

        Assert.Equal(Html(keptJobs.Single(j => j.Url == "guide/").View), Html(view));
        Assert.Contains("</a>", Html(view));
        Assert.Same(PageBody.Empty, guide.Body);
        Assert.NotSame(PageBody.Empty, kept.Body);
        Assert.Throws<InvalidOperationException>(() => LaterView.Of(later));
    }

    [Fact]
    public void ABuildThatDefersWhatItCanGivesTheSameSiteAsOneThatKeepsItsResults()
    {
        // The example has what a build leaves for the render when it keeps nothing: content pages, section pages, the matrix,
        // sidebars and tables of contents, and printable packets that put rendered pages together again.
        var example = Path.Combine(Folders.RepositoryRoot(), "content");
        BuildResult Build(BuildCache cache) =>
            new SiteBuilder().Build(new BuildOptions(example, WriteOutput: false) { Cache = cache, Today = new DateOnly(2026, 11, 1) });

        var deferred = Build(BuildCache.ForOneBuild());
        var kept = Build(new BuildCache());

        Assert.False(deferred.HasErrors, string.Join("\n", deferred.Diagnostics));
        Assert.Equal(kept.Diagnostics, deferred.Diagnostics);
        var keptFiles = BuiltSite.Files(kept);
        Assert.Contains("responsibilities/index.html", keptFiles.Keys);
        BuiltSite.AssertSame(keptFiles, BuiltSite.Files(deferred));
    }
}
