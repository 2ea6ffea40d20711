using SiteGen.Build;

namespace SiteGen.Cli.Serve;

/// <summary>A running `sitegen serve`: the first build, the server, and the loop that rebuilds on every burst of changes.</summary>
public sealed class DevSession : IAsyncDisposable
{
    private readonly SiteRebuilder _rebuilder;
    private readonly CancellationTokenSource _stop = new();
    private DevServer? _server;
    private ChangeWatcher? _watcher;
    private Task _loop = Task.CompletedTask;

    public DevSession(string site, DateOnly? today = null)
    {
        Site = site;
        _rebuilder = new SiteRebuilder(site, today);
    }

    public string Site { get; }

    public string Url => _server?.Url ?? "";

    public SiteRebuilder Rebuilder => _rebuilder;

    /// <summary>Told of every rebuild: the result, how long it took and how many file events led to it.</summary>
    public event Action<BuildResult, TimeSpan, int>? Rebuilt;

    public async Task<(BuildResult Result, TimeSpan Elapsed)> StartAsync(string host, int port, CancellationToken cancel)
    {
        var (first, elapsed) = _rebuilder.Rebuild();
        _server = new DevServer(_rebuilder, first.BasePath);
        await _server.StartAsync(host, port, cancel);
        string[] folders = first.ThemeFolder is { } theme ? [Path.GetFullPath(Site), theme] : [Path.GetFullPath(Site)];
        _watcher = new ChangeWatcher(folders, Path.Combine(Site, "_site"));
        _loop = Task.Run(() => LoopAsync(_stop.Token));
        return (first, elapsed);
    }

    private async Task LoopAsync(CancellationToken cancel)
    {
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var changed = await _watcher!.NextBurstAsync(cancel);
                try
                {
                    var (result, took) = _rebuilder.Rebuild(changed);
                    Rebuilt?.Invoke(result, took, changed.Count);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The server goes on with the last good site (see SiteRebuilder.Rebuild).
                    await Console.Error.WriteLineAsync($"sitegen: internal error while rebuilding: {e.GetType().Name}: {e.Message}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _watcher?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }
}
