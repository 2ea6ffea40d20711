using System.Collections.Concurrent;

namespace SiteGen.Render;

/// <summary>The last rendered bytes of each page with the fingerprint of what produced them; one that does not keep them stores nothing.</summary>
public sealed class RenderCache(bool keeps = true)
{
    /// <summary>The fingerprint of what a render is made from; 0 from a cache that keeps nothing, where hashing would be wasted.</summary>
    public ulong Fingerprint(params object?[] parts) => keeps ? ViewFingerprint.Of(parts) : 0;

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

    public void Set(string url, ulong fingerprint, byte[] bytes)
    {
        if (keeps) _pages[url] = (fingerprint, bytes);
    }
}
