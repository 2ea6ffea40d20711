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
    /// <summary>The watcher of each watched folder (its own files only, or its whole tree), by its full path.</summary>
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly string _ignored;

    /// <param name="ignoredFolder">The output a build of the site writes by default, whose changes are the build's own.</param>
    public ChangeWatcher(IEnumerable<string> folders, string ignoredFolder)
    {
        _ignored = Path.TrimEndingDirectorySeparator(Path.GetFullPath(ignoredFolder)) + Path.DirectorySeparatorChar;
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct()) WatchFolder(folder);
    }

    /// <summary>
    /// Watches a folder's own files, and each of its subfolders but the ignored ones as a whole tree, a subfolder made later
    /// from then on. The system sets a watch on every folder of a tree, and a built site has a folder for every page (with
    /// the spare a rebuild keeps, two): watching those would take thousands of watches, and the system's limit of them.
    /// </summary>
    private void WatchFolder(string folder)
    {
        var own = Watch(folder, folder, subfolders: false);
        own.Created += (_, e) => WatchTree(folder, e.FullPath);
        own.Renamed += (_, e) =>
        {
            Unwatch(e.OldFullPath);
            WatchTree(folder, e.FullPath);
        };
        own.Deleted += (_, e) => Unwatch(e.FullPath);
        foreach (var subfolder in Directory.EnumerateDirectories(folder)) WatchTree(folder, subfolder);
    }

    private void WatchTree(string top, string path)
    {
        if (Ignored(top, path) || !Directory.Exists(path) || File.Exists(Path.Combine(path, SiteGen.Emit.SiteEmitter.MarkerFile))) return;
        lock (_watchers)
            if (!_watchers.ContainsKey(path)) Watch(top, path, subfolders: true);
    }

    private void Unwatch(string path)
    {
        lock (_watchers)
            if (_watchers.Remove(path, out var watcher)) watcher.Dispose();
    }

    private FileSystemWatcher Watch(string top, string folder, bool subfolders)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = subfolders, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += (_, e) => Signal(top, e.FullPath);
        watcher.Created += (_, e) => Signal(top, e.FullPath);
        watcher.Deleted += (_, e) => Signal(top, e.FullPath);
        watcher.Renamed += (_, e) => Signal(top, e.FullPath);
        // Events were lost (the system's queue overflowed): say the whole folder changed, so everything is looked at again.
        watcher.Error += (_, _) => _events.Writer.TryWrite(folder);
        watcher.EnableRaisingEvents = true;
        lock (_watchers) _watchers[folder] = watcher;
        return watcher;
    }

    /// <summary>
    /// Whether a path is in the output or in a hidden file or folder, which a build never reads (among them the staging folder
    /// and the spare of a build of the output beside it, see <see cref="SiteGen.Emit.SiteOutput"/>), but for git's: a commit
    /// or a checkout changes what pages show of their history.
    /// </summary>
    private bool Ignored(string top, string path)
    {
        if ((path + Path.DirectorySeparatorChar).StartsWith(_ignored, StringComparison.Ordinal)) return true;
        var relative = Path.GetRelativePath(top, path).Replace('\\', '/');
        return relative != ".git" && !relative.StartsWith(".git/", StringComparison.Ordinal) && SiteGen.Discover.SiteDiscoverer.IsHidden(relative);
    }

    private void Signal(string top, string path)
    {
        if (!Ignored(top, path)) _events.Writer.TryWrite(path);
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
        lock (_watchers)
            foreach (var watcher in _watchers.Values) watcher.Dispose();
    }
}
