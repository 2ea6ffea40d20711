using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches the site folder (and a theme outside it) and turns each burst of file events into one signal: editors save
/// through temporary files and renames, so a single save is often several events.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>
    /// How long the files must stay quiet before a burst ends. The events of one save (a temporary file, a rename, a write)
    /// come within a millisecond or two of each other, and every millisecond here is one more before the page reloads.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly string _ignored;

    public ChangeWatcher(IEnumerable<string> folders, string ignoredFolder)
    {
        _ignored = Path.TrimEndingDirectorySeparator(Path.GetFullPath(ignoredFolder)) + Path.DirectorySeparatorChar;
        foreach (var folder in folders.Where(Directory.Exists).Distinct())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Signal(folder, e.FullPath);
            watcher.Created += (_, e) => Signal(folder, e.FullPath);
            watcher.Deleted += (_, e) => Signal(folder, e.FullPath);
            watcher.Renamed += (_, e) => Signal(folder, e.FullPath);
            // Events were lost (the system's queue overflowed): say the whole folder changed, so everything is looked at again.
            watcher.Error += (_, _) => _events.Writer.TryWrite(Path.GetFullPath(folder));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Passes on a change, unless it is in the output or in a hidden file or folder, which a build never reads: among them
    /// the staging folder and the spare of a build of the output beside it (see <see cref="SiteGen.Emit.SiteOutput"/>).
    /// </summary>
    private void Signal(string folder, string path)
    {
        if (path.StartsWith(_ignored, StringComparison.Ordinal) || SiteGen.Discover.SiteDiscoverer.IsHidden(Path.GetRelativePath(folder, path).Replace('\\', '/'))) return;
        _events.Writer.TryWrite(path);
    }

    /// <summary>Waits for a change, then for the files to go quiet; returns the paths that changed.</summary>
    public async Task<IReadOnlyList<string>> NextBurstAsync(CancellationToken cancel)
    {
        var paths = new List<string> { await _events.Reader.ReadAsync(cancel) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                paths.Add(await _events.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return paths;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
