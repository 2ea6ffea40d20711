using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Render;

namespace SiteGen.Build;

/// <summary>
/// Builds an edit to the text of Markdown pages from the last good build, as the dev server does on every save. An edit
/// that leaves a page's front matter, headings and link targets as they were changes nothing any other page shows: not a
/// title in a sidebar or a list, not an anchor another page links to, not a backlink. So only the edited pages are parsed,
/// have their links resolved, and are planned and rendered again; the printable packets and the search index, which hold
/// every page's text, are made again from the same site. Any other change is left to a full build (null).
/// </summary>
public static class PageEditBuild
{
    public static BuildResult? TryBuild(LastBuild last, IReadOnlyList<string> changedPaths, BuildOptions options, BuildCache cache)
    {
        if (Comparable(options) != Comparable(last.Options) || (options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow)) != last.Today) return null;
        var clock = new StageClock();

        // Files changed for a build that failed are changed still: they are built again with these.
        changedPaths = [.. last.Unsettled, .. changedPaths];
        if (EditedPages(last, changedPaths) is not { } edited) return null;
        var graph = last.Graph;
        var edits = new List<(Page Page, PageBody Body, SourceFile File, IReadOnlyList<Diagnostic> Parsed, Link.ResolvedLinks Links)>();
        foreach (var position in edited)
        {
            var path = last.Site.Pages[position].Path;
            // A file that cannot be read is reported as a full build reports it.
            if (SiteDiscoverer.TryRead(new DiskSiteSource(last.Site.Root), path, SourceKind.Page) is not ({ } revised, null)) return null;
            var parsed = new DiagnosticBag();
            var page = SitePipeline.ParsePage(revised, last.Markdown, cache, parsed);
            // A content page, or one whose text a generated page shows: the home page, a role's, a stage's.
            var old = graph.ContentPages.FirstOrDefault(p => p.SourcePath == path) ?? graph.Prose.Values.FirstOrDefault(p => p.SourcePath == path);
            if (page is null || old is null || !SameFace(old, page) || !last.Planner.Replans(old)) return null;
            var links = graph.PageLinks.Resolve(old, page.Body);
            // A page that now links elsewhere changes the backlinks of other pages; one whose links are broken is not built.
            var failed = parsed.HasErrors || links.Diagnostics.Any(d => d.Severity == Severity.Error);
            if (!failed && !links.Targets.ToHashSet(StringComparer.Ordinal).SetEquals(graph.PageLinks.Of(old.SourcePath).Targets)) return null;
            edits.Add((old, page.Body, revised, parsed.ToSortedList(), links));
        }
        clock.Lap("parse");

        // The diagnostics of the last build, with what parsing and linking the edited pages said then replaced by what they say now.
        var diagnostics = new DiagnosticBag();
        var replaced = new List<Diagnostic>();
        foreach (var edit in edits)
        {
            replaced.AddRange(last.ParseDiagnostics.GetValueOrDefault(edit.Page.SourcePath) ?? []);
            replaced.AddRange(graph.PageLinks.Of(edit.Page.SourcePath).Diagnostics);
        }
        diagnostics.AddRange(Without(last.Result.Diagnostics, replaced));
        foreach (var edit in edits) diagnostics.AddRange(edit.Parsed.Concat(edit.Links.Diagnostics));
        if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.Count > 0))
        {
            cache.LastBuild = last with { Unsettled = changedPaths };
            var failed = last.Result with { Diagnostics = diagnostics.ToSortedList(), Files = [], SearchLater = null, RenderedPages = 0, Timings = clock.Timings };
            // A full build with errors stops before it plans pages, so it neither finds overdue reviews nor counts pages.
            return diagnostics.HasErrors
                ? failed with { Diagnostics = failed.Diagnostics.Where(d => d.Code != DiagnosticCodes.ReviewOverdue).ToList(), PageCount = 0, FileCount = 0 }
                : failed;
        }

        // From here on the edit is part of the site: the pages take their new text.
        var jobs = last.Jobs.ToArray();
        var changedJobs = new List<RenderJob>();
        var annotator = new PageAnnotator(graph, last.Planner, null);
        foreach (var edit in edits)
        {
            edit.Page.ReviseText(edit.Body);
            graph.PageLinks.Record(edit.Page, edit.Links);
            var position = last.JobPositions[edit.Page.Url];
            jobs[position] = annotator.Annotate([last.Planner.Replan(edit.Page, jobs[position])])[0];
            changedJobs.Add(jobs[position]);
        }
        clock.Lap("plan");

        using var output = SiteOutput.InMemory();
        var rendering = new DiagnosticBag();
        var rendered = last.Pipeline.RenderPages(graph, last.Planner, jobs, changedJobs, cache.Renders, last.Today, options.DeferPackets, output, rendering);
        // A template that fails on the new text is reported as a full build reports it.
        if (rendering.Count > 0) return null;
        var made = output.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        IReadOnlyList<OutputFile> files = last.Result.Files.Select(f => made.GetValueOrDefault(f.Path) ?? f).ToList();
        DeferredFolder? searchLater = null;
        IReadOnlyList<OutputFile> index = [];
        if (last.Result.SearchLater is not null) searchLater = SitePipeline.SearchLater(graph);
        else
        {
            // An index made now may have other files than the last (a shard split, one chunk more), so its files replace them all.
            index = SitePipeline.Search(graph);
            files = [.. files.Where(f => !last.SearchPaths.Contains(f.Path)).Concat(index).OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
        clock.Lap("render");

        var result = last.Result with { Diagnostics = diagnostics.ToSortedList(), Files = files, SearchLater = searchLater, RenderedPages = rendered, Timings = clock.Timings };
        var pages = last.Site.Pages.ToArray();
        var parseDiagnostics = new Dictionary<string, IReadOnlyList<Diagnostic>>(last.ParseDiagnostics, StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            pages[last.PagePositions[edit.File.Path]] = edit.File;
            parseDiagnostics[edit.File.Path] = edit.Parsed;
        }
        cache.LastBuild = last with { Site = last.Site with { Pages = pages }, Jobs = jobs, Result = result, ParseDiagnostics = parseDiagnostics, Unsettled = [],
            SearchPaths = index.Select(f => f.Path).ToHashSet(StringComparer.Ordinal) };
        return result;
    }

    /// <summary>The options as far as they decide what a build makes.</summary>
    private static BuildOptions Comparable(BuildOptions options) => options with { ChangedPaths = null, Cache = null, OnStage = null };

    /// <summary>
    /// The positions of the edited pages among the last build's, or null when something else changed: a page added or removed,
    /// data, settings, the theme, an asset, git's record of commits. An editor's temporary file beside a page, gone again
    /// by now, changed nothing.
    /// </summary>
    private static List<int>? EditedPages(LastBuild last, IReadOnlyList<string> changedPaths)
    {
        var root = last.Site.Root;
        var edited = new SortedSet<int>();
        foreach (var path in changedPaths)
        {
            if (!Path.IsPathFullyQualified(path)) return null;
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative)) return null;
            // A commit or a checkout changes what pages show of their history.
            if (relative.Split('/').Contains(".git")) return null;
            if (SiteDiscoverer.IsHidden(relative)) continue;
            if (last.PagePositions.TryGetValue(relative, out var position))
            {
                if (!File.Exists(path)) return null;
                edited.Add(position);
                continue;
            }
            if (File.Exists(path) || Directory.Exists(path) || !relative.StartsWith("pages/", StringComparison.Ordinal)) return null;
            // A folder renamed or removed: the events of its files may not have been seen.
            var folder = relative + "/";
            if (last.Site.Pages.Any(p => p.Path.StartsWith(folder, StringComparison.Ordinal))) return null;
        }
        return [.. edited];
    }

    /// <summary>Whether a page's new text leaves what other pages show of it as it was: its front matter and its headings.</summary>
    private static bool SameFace(Page old, Page edited) =>
        old.Url == edited.Url &&
        old.FrontMatter with { Tags = edited.FrontMatter.Tags, Aliases = edited.FrontMatter.Aliases } == edited.FrontMatter &&
        old.FrontMatter.Tags.SequenceEqual(edited.FrontMatter.Tags, StringComparer.Ordinal) &&
        old.FrontMatter.Aliases.SequenceEqual(edited.FrontMatter.Aliases) &&
        old.Headings.SequenceEqual(edited.Headings);

    /// <summary>The diagnostics less one of each of <paramref name="removed"/>.</summary>
    private static List<Diagnostic> Without(IReadOnlyList<Diagnostic> diagnostics, List<Diagnostic> removed)
    {
        var kept = diagnostics.ToList();
        foreach (var diagnostic in removed) kept.Remove(diagnostic);
        return kept;
    }
}
