using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Link;
using SiteGen.Parse;
using SiteGen.Render;

namespace SiteGen.Build;

/// <summary>
/// What the last good in-memory build made, kept in its <see cref="BuildCache"/>: an edit that changes only pages' text is
/// built from it by <see cref="PageEditBuild"/>, with everything else as this build left it.
/// </summary>
/// <param name="Jobs">The pages as annotated and rendered.</param>
/// <param name="Options">The options it was built with.</param>
/// <param name="ParseDiagnostics">What parsing each page reported, by source path.</param>
public sealed record LastBuild(
    DiscoveredSite Site,
    SiteGraph Graph,
    MarkdownParser Markdown,
    SitePipeline Pipeline,
    JobPlanner Planner,
    IReadOnlyList<RenderJob> Jobs,
    DateOnly Today,
    BuildOptions Options,
    BuildResult Result,
    IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> ParseDiagnostics)
{
    /// <summary>The files of the search index, when the build made it with the rest rather than leaving it for later.</summary>
    public IReadOnlySet<string> SearchPaths { get; init; } = new HashSet<string>();

    /// <summary>Files changed since this build for builds from it that failed, which the next build from it must take in too.</summary>
    public IReadOnlyList<string> Unsettled { get; init; } = [];

    // An edit to pages' text moves no page or job, so these are found once and carried from build to build.
    private Dictionary<string, int>? _pages;
    private Dictionary<string, int>? _jobs;

    /// <summary>Each page's position in <see cref="DiscoveredSite.Pages"/>, by source path.</summary>
    public IReadOnlyDictionary<string, int> PagePositions => _pages ??= Positions(Site.Pages.Select(p => p.Path));

    /// <summary>Each job's position in <see cref="Jobs"/>, by URL.</summary>
    public IReadOnlyDictionary<string, int> JobPositions => _jobs ??= Positions(Jobs.Select(j => j.Url));

    private static Dictionary<string, int> Positions(IEnumerable<string> keys)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var key in keys) positions.TryAdd(key, position++);
        return positions;
    }
}
