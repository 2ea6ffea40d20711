using SiteGen.Bind;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Emit;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render;
using SiteGen.Search;

namespace SiteGen.Build;

/// <summary>
/// The stages one version of a site goes through, shared by the current files and the versions built from git: parse and bind,
/// then (once planned and linked to the other versions) render with the theme.
/// </summary>
public sealed class SitePipeline(Theme theme, TemplateSet templates)
{
    /// <summary>The pages this build generates beyond the contract's; a Markdown page at one of their URLs gives them text.</summary>
    public static IReadOnlyList<string> GeneratedUrls(bool hasHistory, bool hasPreviousVersion)
    {
        var urls = new List<string> { SiteUrls.Reviews };
        if (hasHistory) urls.Add(SiteUrls.Changelog);
        if (hasPreviousVersion) urls.Add(SiteUrls.WhatsNew);
        return urls;
    }

    /// <summary>Parses the data and pages, in parallel, and binds them with the settings (<see cref="ConfigParser"/>) into the model.</summary>
    /// <param name="pageHashes">
    /// Filled with the hash of each page's text (<see cref="InputHash.OfText"/>), at its place in the site's pages; left null
    /// for a page that was gone when it was to be read.
    /// </param>
    public static (SiteModel Model, MarkdownParser Markdown) Parse(DiscoveredSite site, SiteConfig config, BuildCache cache, DiagnosticBag diagnostics,
        ulong?[]? pageHashes = null)
    {
        var parser = new MarkdownParser(config.AllowHtml);
        var html = config.AllowHtml;
        IReadOnlyList<Role> roles = [];
        IReadOnlyList<Stage> stages = [];
        IReadOnlyList<Term> terms = [];
        var pages = new Page?[site.Pages.Count];
        Parallel.Invoke(
            () => roles = cache.Parse(site.Roles, html, diagnostics, bag => new RolesParser(parser).Parse(site.Roles, bag)) ?? [],
            () => stages = cache.Parse(site.Lifecycle, html, diagnostics, bag => new LifecycleParser(parser).Parse(site.Lifecycle, bag)) ?? [],
            () => terms = cache.Parse(site.Glossary, html, diagnostics, bag => new GlossaryParser(parser).Parse(site.Glossary, bag)) ?? [],
            () => Parallel.For(0, site.Pages.Count, i =>
            {
                // A page read only now is parsed straight away, so its text is garbage before the next page is read.
                if (SiteDiscoverer.ReadPage(site.Pages[i], diagnostics) is not { } page) return;
                if (pageHashes is not null) pageHashes[i] = InputHash.OfText(page.Text);
                pages[i] = ParsePage(page, parser, cache, diagnostics);
            }));
        cache.KeepOnly(new[] { site.Roles, site.Lifecycle, site.Glossary }.OfType<SourceFile>().Concat(site.Pages).Select(f => f.Path));
        var bound = new SiteBinder().Bind(config, roles, stages, terms, pages.OfType<Page>().ToList(), site, diagnostics);
        return (bound, parser);
    }

    /// <summary>Parses one Markdown page, or takes it from the cache while its text and the HTML setting are unchanged.</summary>
    public static Page? ParsePage(SourceFile file, MarkdownParser parser, BuildCache cache, DiagnosticBag diagnostics) =>
        cache.Parse(file, parser.AllowHtml, diagnostics, bag => new PageParser(parser).Parse(file, bag));

    /// <summary>
    /// Renders planned pages, with their history, version switcher and notices, and everything else a version's output holds:
    /// the sitemap, onboarding data, printable packets, the theme's static files and the assets, into <paramref name="output"/>.
    /// Returns how many pages went through the templates, and the jobs as annotated and rendered.
    /// </summary>
    /// <param name="packetDate">The date printed on the packets' covers.</param>
    /// <param name="deferPackets">Make the packets only when asked for (<see cref="BuildOptions.DeferPackets"/>).</param>
    public (int Rendered, IReadOnlyList<RenderJob> Jobs) Render(SiteGraph graph, JobPlanner planner, IReadOnlyList<RenderJob> jobs, VersionLinks? versions,
        RenderCache renders, DateOnly packetDate, bool deferPackets, SiteOutput output, DiagnosticBag diagnostics)
    {
        var annotated = new PageAnnotator(graph, planner, versions).Annotate(jobs);
        var count = RenderPages(graph, planner, annotated, annotated, renders, packetDate, deferPackets, output, diagnostics);
        output.Add(new SitemapWriter().Write(annotated, planner));
        output.AddRange(new PathDataWriter().Write(graph));
        foreach (var (path, full) in theme.Files)
            if (path.StartsWith(Theme.StaticFolder, StringComparison.Ordinal))
                output.Add(OutputFile.Copy(path[Theme.StaticFolder.Length..], full));
        foreach (var asset in graph.Model.Assets)
            output.Add(asset.Content is { } bytes ? OutputFile.FromBytes(asset.Path, bytes) : OutputFile.Copy(asset.Path, asset.FullPath));
        return (count, annotated);
    }

    /// <summary>
    /// Renders <paramref name="changed"/>, some or all of the annotated <paramref name="jobs"/>, and the printable packets,
    /// which put the pages of <paramref name="jobs"/> together again; returns how many pages went through the templates.
    /// </summary>
    public int RenderPages(SiteGraph graph, JobPlanner planner, IReadOnlyList<RenderJob> jobs, IReadOnlyList<RenderJob> changed,
        RenderCache renders, DateOnly packetDate, bool deferPackets, SiteOutput output, DiagnosticBag diagnostics)
    {
        var (count, bodies) = new SiteRenderer().Render(changed, planner, templates, renders, output, diagnostics);
        new PacketWriter(graph, planner, templates, renders, bodies).WriteTo(output, jobs, packetDate, deferPackets, diagnostics);
        return count;
    }

    /// <summary>The search index of one version: each version searches only its own pages.</summary>
    public static IReadOnlyList<OutputFile> Search(SiteGraph graph, CancellationToken cancel = default, int threads = -1) =>
        new SearchIndexBuilder().Build(new SearchRecordCollector(graph, cancel, threads).Collect(), cancel);

    /// <summary>
    /// The search index, made after the build (<see cref="BuildOptions.DeferSearch"/>) on one thread, so the dev server and
    /// its file watcher always have a core to answer the next save at once.
    /// </summary>
    public static DeferredFolder SearchLater(SiteGraph graph) => new(SearchIndexBuilder.Folder, cancel => Search(graph, cancel, threads: 1));
}
