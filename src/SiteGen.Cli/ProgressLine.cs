namespace SiteGen.Cli;

/// <summary>
/// A one-line progress display on a terminal, shown only once a build has taken over a second; nothing at all when output
/// is redirected or CI is set, so logs stay plain.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly bool _enabled;
    private readonly DateTime _start = DateTime.UtcNow;
    private readonly Lock _lock = new();
    private bool _shown;

    private ProgressLine(bool enabled) => _enabled = enabled;

    public static ProgressLine Start(bool allowed) =>
        new(allowed && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false");

    public void Show(string stage)
    {
        if (!_enabled || DateTime.UtcNow - _start < Delay) return;
        lock (_lock)
        {
            Console.Error.Write($"\r\u001b[2K  building… {stage}");
            _shown = true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            if (_shown) Console.Error.Write("\r\u001b[2K");
            _shown = false;
        }
    }

    public void Dispose() => Clear();
}
