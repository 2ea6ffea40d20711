using System.Collections.Concurrent;

namespace SiteGen.Render;

/// <summary>The last rendered bytes of each page with the fingerprint of what produced them; one that does not keep them stores nothing.</summary>
public sealed class RenderCache(bool keeps = true)
{
    /// <summary>Whether anything is kept: when not, a view need not even be fingerprinted.</summary>
    public bool Keeps => keeps;

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
