using System.Runtime.CompilerServices;

namespace SiteGen.Search;

/// <summary>
/// Token text to number, looked up by span so a token read from a text needs no string: the shared table's, and each
/// thread's for tokens too long for its <see cref="VectorTokenMap"/>. An open-addressing table does what a dictionary's span
/// lookup would with less indirection.
/// </summary>
internal sealed class TokenMap
{
    private string?[] keys = new string?[256];
    private int[] hashes = new int[256];
    private int[] values = new int[256];
    private int count;

    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var hash = Hash(key);
        var mask = keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var existing = keys[slot];
            if (existing is null) break;
            if (hashes[slot] == hash && key.SequenceEqual(existing))
            {
                value = values[slot];
                return true;
            }
        }
        value = -1;
        return false;
    }

    /// <summary>Adds a key that is not in the map yet.</summary>
    public void Add(string key, int value)
    {
        // At most half full, so probes stay short.
        if (2 * (count + 1) > keys.Length) Grow();
        Insert(key, Hash(key), value);
        count++;
    }

    private void Insert(string key, int hash, int value)
    {
        var mask = keys.Length - 1;
        var slot = hash & mask;
        while (keys[slot] is not null) slot = (slot + 1) & mask;
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void Grow()
    {
        var (oldKeys, oldHashes, oldValues) = (keys, hashes, values);
        keys = new string?[oldKeys.Length * 2];
        hashes = new int[keys.Length];
        values = new int[keys.Length];
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] is { } key)
                Insert(key, oldHashes[i], oldValues[i]);
    }

    // The runtime's string hash is seeded per process, so text written to collide cannot make lookups crawl.
    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key) & int.MaxValue;
}
