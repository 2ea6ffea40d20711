using System.Diagnostics;
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
/// One build as a straight pipeline: discover, parse, bind, link, render, emit. Each stage goes on past per-file errors so
/// one run reports every problem; nothing is written if any error was found.
/// </summary>
public sealed class SiteBuilder
{
    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var renderedPages = 0;
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        T Timed<T>(string stage, Func<T> work)
        {
            options.OnStage?.Invoke(stage);
            var start = clock.Elapsed;
            var result = work();
            timings.Add(new StageTiming(stage, clock.Elapsed - start));
            return result;
        }
        BuildResult Done(int pages, int files, bool written) => new(diagnostics.ToSortedList(), pages, files, timings, written) { RenderedPages = renderedPages };

        var site = Timed("discover", () => new SiteDiscoverer().Discover(options.SitePath, diagnostics));
        if (site.Config is null) return Done(0, 0, false);

        var cache = options.Cache ?? new BuildCache();
        var (model, markdown) = Timed("parse", () =>
        {
            var config = new ConfigParser().Parse(site.Config, diagnostics);
            var parser = new MarkdownParser(config.AllowHtml);
            var html = config.AllowHtml;
            IReadOnlyList<Role> roles = [];
            IReadOnlyList<Stage> stages = [];
            IReadOnlyList<Term> terms = [];
            var pages = new Page?[site.Pages.Count];
            Parallel.Invoke(
                () => roles = cache.Parse(site.Roles, html, diagnostics, bag => new RolesParser(parser).Parse(site.Roles, bag)),
                () => stages = cache.Parse(site.Lifecycle, html, diagnostics, bag => new LifecycleParser(parser).Parse(site.Lifecycle, bag)),
                () => terms = cache.Parse(site.Glossary, html, diagnostics, bag => new GlossaryParser(parser).Parse(site.Glossary, bag)),
                () => Parallel.For(0, site.Pages.Count, i => pages[i] = cache.Parse(site.Pages[i], html, diagnostics, bag => new PageParser(parser).Parse(site.Pages[i], bag))));
            cache.KeepOnly(new[] { site.Roles, site.Lifecycle, site.Glossary }.OfType<SourceFile>().Concat(site.Pages).Select(f => f.Path));
            var bound = new SiteBinder().Bind(config, roles, stages, terms, pages.OfType<Page>().ToList(), site, diagnostics);
            return (bound, parser);
        });

        var graph = Timed("link", () => new SiteLinker().Link(model, diagnostics));

        var theme = Timed("theme", () =>
        {
            var loaded = new ThemeLoader().Load(model.Config, site.Root, diagnostics);
            return loaded is null ? default : (Theme: loaded, Templates: TemplateSet.Compile(loaded, diagnostics));
        });
        if (theme.Templates is null || diagnostics.HasErrors) return Done(0, 0, false);

        var (files, pageCount) = Timed("render", () =>
        {
            var planner = new JobPlanner(graph, new MarkdownHtml(markdown), RepositoryFolder(site.Root));
            var jobs = planner.Plan();
            var (rendered, count) = new SiteRenderer().Render(jobs, planner, theme.Templates, cache.Renders, diagnostics);
            renderedPages = count;
            var all = new List<OutputFile>(rendered) { new SitemapWriter().Write(jobs, planner) };
            all.AddRange(new PathDataWriter().Write(graph));
            all.AddRange(new PacketWriter(graph, planner, theme.Templates).Write(jobs, options.Today ?? DateOnly.FromDateTime(DateTime.Now), diagnostics));
            foreach (var (path, full) in theme.Theme.Files)
                if (path.StartsWith(Theme.StaticFolder, StringComparison.Ordinal))
                    all.Add(OutputFile.Copy(path[Theme.StaticFolder.Length..], full));
            foreach (var asset in model.Assets) all.Add(OutputFile.Copy(asset.Path, asset.FullPath));
            return (all, jobs.Count);
        });
        Timed("search", () =>
        {
            files.AddRange(new SearchIndexBuilder().Build(new SearchRecordCollector(graph).Collect()));
            CheckCollisions(files, diagnostics);
            return 0;
        });

        var blocked = diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.ToSortedList().Count > 0);
        if (blocked) return Done(pageCount, files.Count, false);
        if (!options.WriteOutput) return Done(pageCount, files.Count, false) with { Files = files, BasePath = model.Config.BasePath, ThemeFolder = theme.Theme.Folder };
        var output = options.ResolvedOutput;
        using var outputLock = OutputLock.TryAcquire(output, TimeSpan.FromMinutes(2));
        if (outputLock is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputBusy, $"another build has been writing to '{output}' for over two minutes", null,
                "wait for it to finish, or stop it; two builds never write the same output at once");
            return Done(pageCount, files.Count, false);
        }
        SiteEmitter.Recover(output);
        if (!SiteEmitter.CheckOutputFolder(site.Root, output, diagnostics)) return Done(pageCount, files.Count, false);
        var emitted = Timed("emit", () => new SiteEmitter().Emit(files, output, diagnostics));
        return Done(pageCount, files.Count, !diagnostics.HasErrors) with { Emitted = emitted };
    }

    private static void CheckCollisions(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
            if (!seen.Add(file.Path))
                diagnostics.Error(DiagnosticCodes.UrlCollision, $"two things would be written to '{file.Path}'", null,
                    "an alias, an asset or a theme file uses the URL of another page; rename one of them");
    }

    /// <summary>
    /// The site folder's path inside its git work tree ("" at the top, "docs/" below it), for "edit this page" links. Outside a
    /// work tree (a downloaded archive, say) the site folder is taken to be the top of the repository.
    /// </summary>
    private static string RepositoryFolder(string siteRoot)
    {
        for (var folder = new DirectoryInfo(siteRoot); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                var relative = Path.GetRelativePath(folder.FullName, siteRoot).Replace('\\', '/');
                return relative == "." ? "" : relative + "/";
            }
        }
        return "";
    }
}
