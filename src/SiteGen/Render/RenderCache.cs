using System.Collections.Concurrent;

namespace SiteGen.Render;

/// <summary>The last rendered bytes of each page with the fingerprint of what produced them.</summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, (ulong Fingerprint, byte[] Bytes)> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string url, ulong fingerprint, out byte[] bytes)
    {
        if (_pages.TryGetValue(url, out var entry) && entry.Fingerprint == fingerprint)
        {
            bytes = entry.Bytes;
            return true;
        }
        bytes = [];
        return false;
    }

    public void Set(string url, ulong fingerprint, byte[] bytes) => _pages[url] = (fingerprint, bytes);
}
