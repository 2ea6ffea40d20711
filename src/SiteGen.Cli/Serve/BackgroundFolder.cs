using SiteGen.Emit;

namespace SiteGen.Cli.Serve;

/// <summary>
/// A build's <see cref="DeferredFolder"/> being made on the thread pool once the build is served. Making it reads the built
/// site, so the next build stops it (<see cref="Stop"/>) before it changes anything that is read.
/// </summary>
public sealed class BackgroundFolder(DeferredFolder folder)
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _cancel = new();
    private Task<IReadOnlyDictionary<string, OutputFile>>? _files;

    public string Folder => folder.Folder;

    /// <summary>The files by path, made on the first call; cancelled once stopped, as the build that stopped them serves its own.</summary>
    public Task<IReadOnlyDictionary<string, OutputFile>> Files
    {
        get
        {
            lock (_gate)
                return _files ??= _cancel.IsCancellationRequested
                    ? Task.FromCanceled<IReadOnlyDictionary<string, OutputFile>>(_cancel.Token)
                    // A thread of its own: the thread pool's few threads serve requests and the file watcher.
                    : Task.Factory.StartNew(() => Make(_cancel.Token), _cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Starts making the files if nothing has asked for them yet.</summary>
    public void Start() => _ = Files;

    /// <summary>The same files made afresh, for a build that is served again after this one was stopped.</summary>
    public BackgroundFolder Again() => new(folder);

    /// <summary>Stops making the files; returns once nothing reads the built site for them any more.</summary>
    public void Stop()
    {
        Task? running;
        lock (_gate)
        {
            _cancel.Cancel();
            running = _files;
        }
        try
        {
            running?.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled, or failed: either way it has stopped, and whoever waits for the files sees why.
        }
    }

    private IReadOnlyDictionary<string, OutputFile> Make(CancellationToken cancel)
    {
        var files = folder.Make(cancel);
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!file.Path.StartsWith(folder.Folder, StringComparison.Ordinal))
                throw new InvalidOperationException($"'{file.Path}' is not under '{folder.Folder}'");
            byPath[file.Path] = file;
        }
        return byPath;
    }
}
