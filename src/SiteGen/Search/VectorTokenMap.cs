using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Search;

/// <summary>
/// Token number by token, for tokens short enough to fit one vector, as most words are (see
/// <see cref="TokenEnumerator.TryGetKey"/>): a lookup is then a few multiplies and one compare rather than hashing and
/// comparing text. Longer tokens go to a <see cref="TokenMap"/>.
/// </summary>
internal sealed class VectorTokenMap
{
    // Random, so text written to collide cannot make lookups crawl.
    private readonly ulong multiplier0 = Odd(), multiplier1 = Odd(), multiplier2 = Odd(), multiplier3 = Odd();

    private Vector256<ushort>[] keys = new Vector256<ushort>[1024];
    private int[] values = new int[1024];
    private int count;

    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(Vector256<ushort> key, out int value)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var existing = keys[slot];
            if (existing == key)
            {
                value = values[slot];
                return true;
            }
            if (existing == Vector256<ushort>.Zero) break;
        }
        value = -1;
        return false;
    }

    /// <summary>Adds a key that is not in the map yet.</summary>
    public void Add(Vector256<ushort> key, int value)
    {
        // At most half full, so probes stay short.
        if (2 * (count + 1) > keys.Length) Grow();
        Insert(key, value);
        count++;
    }

    private void Insert(Vector256<ushort> key, int value)
    {
        var mask = keys.Length - 1;
        var slot = Slot(key, mask);
        while (keys[slot] != Vector256<ushort>.Zero) slot = (slot + 1) & mask;
        keys[slot] = key;
        values[slot] = value;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        keys = new Vector256<ushort>[oldKeys.Length * 2];
        values = new int[keys.Length];
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != Vector256<ushort>.Zero)
                Insert(oldKeys[i], oldValues[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(Vector256<ushort> key, int mask)
    {
        var parts = key.AsUInt64();
        var hash = parts.GetElement(0) * multiplier0 + parts.GetElement(1) * multiplier1 + parts.GetElement(2) * multiplier2
            + parts.GetElement(3) * multiplier3;
        return (int)(hash >> 32) & mask;
    }

    private static ulong Odd() => (ulong)Random.Shared.NextInt64() | 1;
}
