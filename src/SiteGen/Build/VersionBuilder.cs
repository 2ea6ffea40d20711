using SiteGen.Changes;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Emit;
using SiteGen.History;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render;

namespace SiteGen.Build;

/// <summary>
/// Builds the older versions sitegen.yml names from their commits, each into its folder under the output, with the current
/// version's theme and deployment settings (base_url, repository). A version whose key (<see cref="VersionStamp"/>) is the
/// same as at the last build keeps that build's files. An older version with errors is left out and said so: its commit
/// cannot be fixed any more.
/// </summary>
public sealed class VersionBuilder(GitSite git, string siteRoot, SiteConfig config, SitePipeline pipeline, Theme theme, string? previousOutput,
    List<string> problems)
{
    /// <summary>Top-level names of the output a version's folder must not take.</summary>
    private static readonly string[] Reserved = ["_theme", "search", "print", "sitemap.xml", "404.html"];

    /// <summary>The SiteGen that builds: another version of the program may render the same commit differently.</summary>
    private static readonly string BuildIdentity = typeof(VersionBuilder).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly Dictionary<string, LinkedVersion?> _linked = new(StringComparer.Ordinal);
    private readonly List<string> _built = [];
    private readonly List<string> _reused = [];

    /// <summary>The last build's list of files, read only when there are versions to keep.</summary>
    private readonly Lazy<OutputManifest?> _manifest = new(() => previousOutput is null ? null : OutputManifest.TryRead(previousOutput));

    /// <summary>A version parsed and linked from its commit, with its own history.</summary>
    private sealed record LinkedVersion(SiteVersion Version, SiteGraph Graph, MarkdownParser Markdown, SiteHistory History);

    /// <summary>A version whose pages are planned and waiting for the switcher, which needs every version's pages.</summary>
    private sealed record PlannedVersion(LinkedVersion Linked, JobPlanner Planner, IReadOnlyList<RenderJob> Jobs, string Key);

    /// <summary>The versions built from their commits this time, oldest first.</summary>
    public IReadOnlyList<string> Built => _built;

    /// <summary>The versions whose files the last build wrote were kept, oldest first.</summary>
    public IReadOnlyList<string> Reused => _reused;

    /// <summary>What the current files changed since the newest older version; null when that version could not be read.</summary>
    public ChangeSet? ChangesSinceLatest(SiteGraph current) =>
        Linked(git.Versions.Count - 1) is { } latest ? new VersionComparer(latest.Graph, current).Compare() : null;

    /// <summary>The home page of an older version, for links to it.</summary>
    public string Home(SiteVersion version) => SiteUrls.Href(VersionBasePath(version), SiteUrls.Home);

    /// <summary>
    /// Builds (or keeps) every older version. Returns each published version's pages for the switchers, newest (the current
    /// version, given as <paramref name="current"/>) first, and the older versions' files.
    /// </summary>
    public (IReadOnlyList<PublishedVersion> Published, List<OutputFile> Files) Build(PublishedVersion current)
    {
        var currentKey = ViewFingerprint.Of(current.Urls.Order(StringComparer.Ordinal).ToList());
        // Every theme file, static ones too: each version's output holds its own copy of them.
        var themeHash = ViewFingerprint.Of(theme.Files.Select(f => $"{f.Key} {OutputManifest.Hash(File.ReadAllBytes(f.Value))}").ToList());
        var taken = current.Urls.Select(u => u.Split('/')[0]).Concat(Reserved).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var published = new Dictionary<SiteVersion, PublishedVersion>();
        var planned = new List<PlannedVersion>();
        var files = new List<OutputFile>();
        for (var i = 0; i < git.Versions.Count; i++)
        {
            var version = git.Versions[i];
            if (taken.Contains(version.Folder))
            {
                problems.Add($"version {version.Name} was not built: its folder '{version.Folder}/' is a page of the current version");
                continue;
            }
            var key = ViewFingerprint.Of(BuildIdentity, themeHash, config.BaseUrl, config.Repository?.Url, config.Repository?.Branch,
                git.Tree?.IsShallow, git.CurrentVersion, git.Versions.Select(v => $"{v.Name} {v.Folder} {v.Commit}").ToList(), currentKey, version.Name)
                .ToString("x16");
            if (Reusable(version, key) is { } kept)
            {
                published[version] = new PublishedVersion(version.Name, version.Folder, kept.Stamp.Urls.ToHashSet(StringComparer.Ordinal));
                files.AddRange(kept.Files);
                _reused.Add(version.Name);
            }
            else if (Linked(i) is { } linked)
            {
                var plan = Plan(linked, i, key);
                planned.Add(plan);
                published[version] = new PublishedVersion(version.Name, version.Folder, VersionLinks.Pages(plan.Jobs.Select(j => j.Url)));
            }
        }

        IReadOnlyList<PublishedVersion> all = [current, .. git.Versions.Reverse().Where(published.ContainsKey).Select(v => published[v])];
        foreach (var plan in planned)
        {
            var version = plan.Linked.Version;
            var diagnostics = new DiagnosticBag();
            var links = new VersionLinks(config.BasePath, all, published[version]);
            var rendered = SiteOutput.InMemory();
            pipeline.Render(plan.Linked.Graph, plan.Planner, plan.Jobs, links, new RenderCache(keeps: false), version.Date, deferPackets: false, rendered, diagnostics);
            rendered.AddRange(SitePipeline.Search(plan.Linked.Graph));
            if (diagnostics.HasErrors)
            {
                problems.Add(Failure(version, diagnostics));
                continue;
            }
            files.AddRange(rendered.Files.Select(f => f with { Path = $"{version.Folder}/{f.Path}" }));
            files.Add(new VersionStamp(plan.Key, published[version].Urls.Order(StringComparer.Ordinal).ToList()).ToFile(version.Folder));
            _built.Add(version.Name);
        }
        return (all, files);
    }

    /// <summary>The last build's files of a version, when its stamp has the same key and every file is still there.</summary>
    private (VersionStamp Stamp, List<OutputFile> Files)? Reusable(SiteVersion version, string key)
    {
        if (previousOutput is null || _manifest.Value is not { } manifest) return null;
        if (VersionStamp.Read(Path.Combine(previousOutput, version.Folder)) is not { } stamp || stamp.Key != key) return null;
        var prefix = version.Folder + "/";
        var files = manifest.Hashes.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(p => OutputFile.Copy(p, Path.Combine(previousOutput, p))).ToList();
        return files.All(f => File.Exists(f.CopyFrom)) ? (stamp, files) : null;
    }

    private PlannedVersion Plan(LinkedVersion linked, int index, string key)
    {
        var previous = index > 0 ? git.Versions[index - 1] : null;
        var context = new PlanContext
        {
            History = linked.History,
            Previous = previous?.Name,
            PreviousUrl = previous is null ? null : Home(previous),
            Changes = previous is not null && Linked(index - 1) is { } before ? new VersionComparer(before.Graph, linked.Graph).Compare() : null,
        };
        // No edit links: an older version's text is changed by changing the current one.
        var planner = new JobPlanner(linked.Graph, new MarkdownHtml(linked.Markdown, keep: false), repositoryFolder: null, context);
        return new PlannedVersion(linked, planner, planner.Plan(), key);
    }

    /// <summary>Reads, parses and links a version from its commit, once per build; null (said as a problem) when it cannot be.</summary>
    private LinkedVersion? Linked(int index)
    {
        var version = git.Versions[index];
        if (_linked.TryGetValue(version.Name, out var known)) return known;
        var diagnostics = new DiagnosticBag();
        LinkedVersion? linked = null;
        try
        {
            var site = new SiteDiscoverer().Discover(GitVersionSource.Read(git.Tree!, version.Commit, siteRoot), diagnostics);
            if (site.Config is not null)
            {
                var (model, markdown) = SitePipeline.Parse(site, Deployed(new ConfigParser().Parse(site.Config, diagnostics), version), BuildCache.ForOneBuild(), diagnostics);
                var graph = new SiteLinker().Link(model, diagnostics, SitePipeline.GeneratedUrls(hasHistory: true, hasPreviousVersion: index > 0));
                if (!diagnostics.HasErrors) linked = new LinkedVersion(version, graph, markdown, new GitHistoryReader().Read(git.Tree!, version.Commit));
            }
            if (linked is null) problems.Add(Failure(version, diagnostics));
        }
        catch (GitException e)
        {
            problems.Add($"version {version.Name} was not built: {e.Message}");
        }
        _linked[version.Name] = linked;
        return linked;
    }

    /// <summary>A version's own settings, deployed like the current version: under its folder, with the current theme and repository.</summary>
    private SiteConfig Deployed(SiteConfig own, SiteVersion version) => own with
    {
        BaseUrl = $"{config.BaseUrl}{version.Folder}/",
        BasePath = VersionBasePath(version),
        Theme = config.Theme,
        ThemeLocation = config.ThemeLocation,
        Repository = config.Repository,
        Versions = null,
    };

    private string VersionBasePath(SiteVersion version) => $"{config.BasePath}{version.Folder}/";

    private static string Failure(SiteVersion version, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).ToList();
        return $"version {version.Name} was not built: it has {errors.Count} error(s), the first: {errors[0].ToMsBuildString()}";
    }
}
