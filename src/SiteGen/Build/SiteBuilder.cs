using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Emit;
using SiteGen.Link;
using SiteGen.Parse;
using SiteGen.Render;

namespace SiteGen.Build;

/// <summary>
/// One build as a straight pipeline: discover, parse, bind, link, render, emit. Each stage goes on past per-file errors so
/// one run reports every problem; nothing is written if any error was found. In git, pages show their history, and the
/// versions sitegen.yml names are built from their commits beside the current files (see <see cref="VersionBuilder"/>).
/// </summary>
public sealed class SiteBuilder
{
    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var renderedPages = 0;
        var clock = new StageClock(options.OnStage);
        T Timed<T>(string stage, Func<T> work) => clock.Time(stage, work);
        // What git could not tell is one warning for the whole build, not one per page or per version.
        var problems = new List<string>();
        var notes = new List<string>();
        VersionBuilder? versions = null;
        // A site shown without all git knows is never stamped as built: git may answer next time.
        var readAllOfGit = true;
        void ReportProblems()
        {
            if (problems.Count == 0) return;
            readAllOfGit = false;
            diagnostics.Warning(DiagnosticCodes.GitUnavailable, $"not everything git knows could be shown: {string.Join("; ", problems)}", null);
            problems.Clear();
        }
        BuildResult Done(int pages, int files, bool written)
        {
            ReportProblems();
            return new(diagnostics.ToSortedList(), pages, files, clock.Timings, written)
            {
                RenderedPages = renderedPages,
                Notes = notes,
                VersionsBuilt = versions?.Built ?? [],
                VersionsReused = versions?.Reused ?? [],
            };
        }

        BuildResult UpToDate(BuildStamp stamp) => new(stamp.Diagnostics, stamp.PageCount, stamp.FileCount, clock.Timings, true)
        {
            UpToDate = true, Notes = stamp.Notes, VersionsReused = stamp.Versions, Emitted = new EmitResult(0, stamp.FileCount),
        };

        var cache = options.Cache ?? BuildCache.ForOneBuild();
        if (options.ChangedPaths is { } changed && !options.WriteOutput && cache.LastBuild is { } last &&
            PageEditBuild.TryBuild(last, changed, options, cache) is { } edited)
            return edited;
        // A full build re-resolves the pages the last build kept, so that build can no longer be built on.
        cache.LastBuild = null;
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

        // A site written from the same inputs needs nothing done: what its build reported is reported again. The sizes and
        // times of its files are compared first, and the files read only when those differ. They are listed before any file
        // is read, so one written while this build reads it is never taken to be built.
        var writesStamp = options.WriteOutput && options.Cache is null;
        var stamp = writesStamp ? BuildStamp.Read(options.ResolvedOutput) : null;
        // The theme and git are read for that here too, before the files are, so a hash noted after the files were found
        // unchanged by their bytes (see NoteFileStates) never stands for a theme or commit newer than the site was built from.
        var (states, statesNow) = writesStamp ? Timed("states", () =>
        {
            var listed = FileStates.OfSite(options.SitePath);
            return (listed, listed is null || stamp is null ? null : InputHash.OfFileStates(options.SitePath, listed, options, today, stamp.Theme));
        }) : default;
        if (stamp?.FileStates is { } seen && statesNow?.Hash == seen && SiteEmitter.HoldsItsManifest(options.ResolvedOutput)) return UpToDate(stamp);

        // Without a stamp to compare with, nothing needs the pages' text before they are parsed, so each is read as it is parsed,
        // unless the build keeps the texts for the next one (the dev server).
        var readsPagesWhenParsed = stamp is null && !cache.KeepsResults;
        var site = Timed("discover", () => new SiteDiscoverer().Discover(options.SitePath, diagnostics, cache.Texts, readPages: !readsPagesWhenParsed));
        if (site.Config is null) return Done(0, 0, false);

        var stamps = writesStamp && !diagnostics.HasErrors;
        var inputs = stamps && stamp is not null ? Timed("inputs", () => InputHash.Of(site, options, today, stamp.Theme)) : null;
        if (stamp is not null && stamp.Inputs == inputs && SiteEmitter.HoldsItsManifest(options.ResolvedOutput))
        {
            NoteFileStates(stamp, statesNow, options.ResolvedOutput);
            return UpToDate(stamp);
        }

        var config = new ConfigParser().Parse(site.Config, diagnostics);

        // What this build is made from is hashed before the theme, the assets and git are read, so an edit made while it
        // runs is never taken to be built. The pages are hashed as they are parsed, since a page may be read only then.
        var themeFolder = stamps ? ThemeLoader.Locate(config.Theme, site.Root) : null;
        // With the stamp's theme, the hash of the files read above stands; otherwise the pages are hashed as they are parsed.
        var sameTheme = stamp?.Theme == themeFolder;
        var (hashWithPages, seenFrom) = themeFolder is null ? default : Timed("stamp", () => (
            sameTheme ? null : InputHash.Prepare(site, options, today, themeFolder),
            (sameTheme ? statesNow : states is null ? null : InputHash.OfFileStates(options.SitePath, states, options, today, themeFolder))
                is { Trusted: true } trusted ? trusted.Hash : null));

        // Compiling the theme's templates takes one core a few hundred milliseconds and needs only the settings, so it runs on
        // its own thread beside parsing and linking, which leave a core idle between their parallel parts.
        var themeLoading = Task.Factory.StartNew(() => LoadTheme(config, site.Root, cache, diagnostics), TaskCreationOptions.LongRunning);
        // Git's history needs only the settings too, and is mostly the time git takes to walk the log in a process of its own.
        // The cache is read and written here, on the build's thread, never by the reading: a build that fails before it waits
        // leaves it running, beside the next build of the process.
        var knownHistory = cache.GitHistory;
        var gitReading = Task.Factory.StartNew(() => GitSite.Read(site.Root, config, options.IncludeVersions, knownHistory), TaskCreationOptions.LongRunning);
        var pageHashes = hashWithPages is null ? null : new ulong?[site.Pages.Count];
        var (model, markdown) = Timed("parse", () => SitePipeline.Parse(site, config, cache, diagnostics, pageHashes));
        var builtFrom = themeFolder is null ? null : sameTheme ? inputs : hashWithPages?.Invoke(pageHashes!);
        // Once parsed, a page needs its source text no more, and a build that keeps nothing for the next lets the texts go
        // (those read only to be parsed are gone already).
        if (!cache.KeepsResults && !readsPagesWhenParsed) site = site with { Pages = site.Pages.Select(p => p with { Text = null }).ToList() };

        // The `history` stage is what is left of reading git once the pages are parsed.
        var git = Timed("history", () => gitReading.GetAwaiter().GetResult());
        if (git.Tree?.Head is { } head && git.History is { } history) cache.GitHistory = (head, history);
        problems.AddRange(git.Problems);
        notes.AddRange(git.Notes);

        var graph = Timed("link", () => new SiteLinker().Link(model, diagnostics, SitePipeline.GeneratedUrls(git.History is not null, git.Versions.Count > 0)));

        // The stage is the wait for the theme's thread, often none.
        var theme = Timed("theme", () => themeLoading.GetAwaiter().GetResult());
        if (theme?.Templates is not { } templates || diagnostics.HasErrors) return Done(0, 0, false);

        var pipeline = new SitePipeline(theme.Value.Theme, templates);
        versions = new VersionBuilder(git, site.Root, model.Config, pipeline, theme.Value.Theme, options.WriteOutput ? options.ResolvedOutput : null, problems);
        var context = new PlanContext { History = git.History, Today = today };
        if (git.Versions.Count > 0)
        {
            var latest = git.Versions[^1];
            var changes = Timed("compare", () => versions.ChangesSinceLatest(graph));
            context = context with { Previous = latest.Name, PreviousUrl = versions.Home(latest), Changes = changes };
        }
        // A build that keeps nothing for the next indexes the pages for search before it plans them, so the pages' text can go
        // first: rendering needs only their HTML. Their views are made as they are rendered (JobPlanner.DefersViews). The
        // comparison with the previous version reads the text too, and has done so above.
        var indexed = cache.KeepsResults ? null : Timed("search", () => SitePipeline.Search(graph));
        if (indexed is not null)
        {
            foreach (var page in model.Pages) page.ForgetText();
            // The texts are garbage in the heap's oldest generation, which the GC would rather grow past than collect;
            // collected now, their memory serves planning and rendering.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        var (planner, jobs) = Timed("plan", () =>
        {
            var planner = new JobPlanner(graph, new MarkdownHtml(markdown, cache.KeepsResults), RepositoryFolder(site.Root), context)
            {
                DefersViews = !cache.KeepsResults,
            };
            return (planner, planner.Plan());
        });
        planner.Reviews.Report(options.OverdueIsError, diagnostics);

        // Older versions need the current version's pages (for their switchers) and the current version needs theirs.
        var current = new PublishedVersion(git.CurrentVersion, "", VersionLinks.Pages(jobs.Select(j => j.Url)));
        var (published, versionFiles) = git.Versions.Count == 0 ? ([current], []) : Timed("versions", () => versions.Build(current));
        var links = published.Count > 1 ? new VersionLinks(model.Config.BasePath, published, current) : null;

        // A build that can still succeed writes each file into a staging folder as it is made; the output is locked and checked
        // first. One that has failed already goes on in memory, to report every problem, and writes nothing.
        var output = options.ResolvedOutput;
        var writing = options.WriteOutput && !Blocked();
        using var outputLock = writing ? OutputLock.TryAcquire(output, TimeSpan.FromMinutes(2)) : null;
        if (writing && outputLock is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputBusy, $"another build has been writing to '{output}' for over two minutes", null,
                "wait for it to finish, or stop it; two builds never write the same output at once");
            writing = false;
        }
        if (writing)
        {
            SiteEmitter.Recover(output);
            writing = SiteEmitter.CheckOutputFolder(site.Root, output, diagnostics);
        }
        using var files = writing ? SiteOutput.ToFolder(output) : SiteOutput.InMemory();
        // An index made already goes out before the pages are rendered, so its files are not held while they are.
        if (indexed is not null)
        {
            files.AddRange(indexed);
            indexed = [];
        }

        var (rendered, annotated) = Timed("render", () => pipeline.Render(graph, planner, jobs, links, cache.Renders, today, options.DeferPackets, files, diagnostics));
        renderedPages = rendered;
        var pageCount = jobs.Count;
        // The index is left for later only when nothing else is written into its folder, so collisions are found as ever.
        var searchLater = indexed is null && options.DeferSearch && !options.WriteOutput &&
            !files.Paths.Any(p => p.StartsWith(Search.SearchIndexBuilder.Folder, StringComparison.OrdinalIgnoreCase))
            ? SitePipeline.SearchLater(graph) : null;
        var index = indexed ?? (searchLater is null ? Timed("search", () => SitePipeline.Search(graph)) : []);
        files.AddRange(index);
        files.AddRange(versionFiles);
        CheckCollisions(files.Paths, diagnostics);
        ReportProblems();

        if (Blocked() || !writing)
        {
            var result = Done(pageCount, files.Count, false);
            if (options.WriteOutput || Blocked()) return result;
            result = result with { Files = files.Files, SearchLater = searchLater, BasePath = model.Config.BasePath, ThemeFolder = theme.Value.Theme.Folder };
            if (cache.KeepsResults && git.Versions.Count == 0)
                cache.LastBuild = new LastBuild(site, graph, markdown, pipeline, planner, annotated, today, options, result,
                    site.Pages.ToDictionary(p => p.Path, p => cache.DiagnosticsOf(p.Path), StringComparer.Ordinal))
                {
                    SearchPaths = index.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
                };
            return result;
        }
        var made = builtFrom is null || !readAllOfGit ? null : new BuildStamp(builtFrom, themeFolder!, pageCount, files.Count, diagnostics.ToSortedList(), notes,
            [.. versions.Built, .. versions.Reused]) { FileStates = seenFrom };
        var emitted = Timed("emit", () => files.Commit(diagnostics, made?.ToBytes()));
        return Done(pageCount, files.Count, !diagnostics.HasErrors) with { Emitted = emitted };

        bool Blocked() => diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.Count > 0);
    }

    /// <summary>
    /// Notes in the stamp of a site found up to date by reading its files the sizes and times they have now (written again
    /// with the same bytes, or checked out anew), so the next build need not read them. Only while no other build holds the
    /// output, and only over a stamp of the same inputs; a stamp that cannot be written costs only that speed.
    /// </summary>
    /// <param name="states">The hash of the files' states taken before they were read, and whether it may be kept.</param>
    private static void NoteFileStates(BuildStamp stamp, (string Hash, bool Trusted)? states, string output)
    {
        if (states is not { Trusted: true } now || now.Hash == stamp.FileStates) return;
        try
        {
            using var held = OutputLock.TryAcquire(output, TimeSpan.Zero);
            if (held is null || BuildStamp.Read(output)?.Inputs != stamp.Inputs) return;
            SiteOutput.ReplaceStamp(output, (stamp with { FileStates = now.Hash }).ToBytes());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static (Theme Theme, TemplateSet? Templates)? LoadTheme(Model.SiteConfig config, string siteRoot, BuildCache cache, DiagnosticBag diagnostics) =>
        new ThemeLoader().Load(config, siteRoot, diagnostics) is { } theme ? (theme, cache.Templates(theme, diagnostics)) : null;

    private static void CheckCollisions(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths.Order(StringComparer.Ordinal))
            if (!seen.Add(path))
                diagnostics.Error(DiagnosticCodes.UrlCollision, $"two things would be written to '{path}'", null,
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
