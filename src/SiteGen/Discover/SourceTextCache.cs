using System.Collections.Concurrent;

namespace SiteGen.Discover;

/// <summary>
/// The text of each site file as last read, with the size and modification time it had then: the dev server rebuilds on
/// every save, and a file whose size and time are unchanged need not be read and decoded again.
/// </summary>
public sealed class SourceTextCache
{
    /// <summary>
    /// File times are coarse (a few milliseconds), so two saves close together can leave one time on different text of the
    /// same size. A file changed this shortly before it was read is read again next time, whatever its time says.
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, bool Trusted, string Text)> _texts = new(StringComparer.Ordinal);

    /// <summary>The file's text, read again only when its size or modification time changed since the last read.</summary>
    public string Read(FileInfo file, Func<string, string> read)
    {
        if (_texts.TryGetValue(file.FullName, out var known) && known.Trusted && known.Length == file.Length && known.Modified == file.LastWriteTimeUtc)
            return known.Text;
        // Stamped with the size and time seen before reading: a file saved again meanwhile is read again next time.
        var (length, modified) = (file.Length, file.LastWriteTimeUtc);
        var text = read(file.FullName);
        _texts[file.FullName] = (length, modified, DateTime.UtcNow - modified > Settled, text);
        return text;
    }
}
