using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Emit;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Builds the site into memory for the dev server and keeps the last good build when a new one fails. It previews the files
/// being edited: older versions from git are not built. <paramref name="today"/> fixes the date reviews fall due by.
/// </summary>
public sealed class SiteRebuilder(string site, DateOnly? today = null)
{
    private readonly BuildCache _cache = new();
    private SiteSnapshot _current = new(new Dictionary<string, Lazy<byte[]>>(), [], 0);

    public SiteSnapshot Current => Volatile.Read(ref _current);

    public event Action<SiteSnapshot>? Rebuilt;

    /// <summary>Builds once; returns how long it took and the result.</summary>
    /// <param name="changed">The files the watcher saw change since the last build (full paths); null when not known.</param>
    public (BuildResult Result, TimeSpan Elapsed) Rebuild(IReadOnlyList<string>? changed = null)
    {
        var clock = Stopwatch.StartNew();
        var previous = Current;
        // The served build's search index reads the site this build may change.
        previous.Later?.Stop();
        BuildResult result;
        SiteSnapshot next;
        try
        {
            result = new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false)
            {
                Cache = _cache, Today = today, IncludeVersions = false, DeferPackets = true, DeferSearch = true, ChangedPaths = changed,
            });
            next = result.HasErrors
                ? previous with { Errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), Version = previous.Version + 1, Later = previous.Later?.Again() }
                : new SiteSnapshot(Load(result.Files), [], previous.Version + 1) { Later = result.SearchLater is { } later ? new BackgroundFolder(later) : null };
        }
        catch
        {
            // The last good site stays served, with its search index made again; the next build is made from every file.
            _cache.LastBuild = null;
            Volatile.Write(ref _current, previous with { Later = previous.Later?.Again() });
            Current.Later?.Start();
            throw;
        }
        Volatile.Write(ref _current, next);
        next.Later?.Start();
        clock.Stop();
        Rebuilt?.Invoke(next);
        return (result, clock.Elapsed);
    }

    private static Dictionary<string, Lazy<byte[]>> Load(IReadOnlyList<OutputFile> files)
    {
        var map = new Dictionary<string, Lazy<byte[]>>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) map[file.Path] = file.Deferred ?? new Lazy<byte[]>(file.ReadBytes());
        return map;
    }
}
