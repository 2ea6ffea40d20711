using System.Runtime.CompilerServices;

namespace SiteGen.Search;

/// <summary>A growable run of integers, cheaper than a list where millions are written and read back in order.</summary>
internal sealed class IntBuffer
{
    private int[] items = new int[256];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => items.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int value)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[Count++] = value;
    }

    public void Clear() => Count = 0;
}
