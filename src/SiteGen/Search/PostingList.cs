using System.Runtime.CompilerServices;

namespace SiteGen.Search;

/// <summary>
/// One token's postings, added in record order as [record, weight, record, weight, …]. A common token keeps only its
/// strongest postings (the earliest records first among equals): enough to rank, without making every shard huge.
/// </summary>
/// <remarks>
/// Weaker postings are dropped as the list grows rather than at the end, so a common token never holds more than twice what
/// it keeps: whatever is outside the strongest of the postings so far can never be among the strongest of them all. Once
/// that has happened, a later posting no stronger than the weakest kept one cannot be among them either, being later.
/// </remarks>
internal sealed class PostingList
{
    private int[] pairs = new int[8];
    private int length;
    private int weakest;

    public ReadOnlySpan<int> Pairs => pairs.AsSpan(0, length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int record, int weight)
    {
        if (weight <= weakest) return;
        if (length == pairs.Length) Grow();
        pairs[length++] = record;
        pairs[length++] = weight;
    }

    /// <summary>Drops all but the strongest postings; done once every record has been added.</summary>
    public void Finish()
    {
        if (length > 2 * SearchIndexBuilder.MaxPostingsPerToken) KeepStrongest();
    }

    private void Grow()
    {
        if (length >= 4 * SearchIndexBuilder.MaxPostingsPerToken) KeepStrongest();
        else Array.Resize(ref pairs, Math.Min(2 * pairs.Length, 4 * SearchIndexBuilder.MaxPostingsPerToken));
    }

    /// <summary>Keeps everything above a threshold weight, and as many at the threshold as still fit, in record order.</summary>
    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void KeepStrongest()
    {
        // Weights are small, bar a title that repeats a word many times, so counting them rarely needs more than the stack.
        Span<int> counts = stackalloc int[64];
        for (var p = 1; p < length; p += 2)
        {
            if (pairs[p] >= counts.Length) counts = Grown(counts, pairs[p]);
            counts[pairs[p]]++;
        }
        var threshold = counts.Length - 1;
        var above = 0;
        while (above + counts[threshold] < SearchIndexBuilder.MaxPostingsPerToken) above += counts[threshold--];
        var atThreshold = SearchIndexBuilder.MaxPostingsPerToken - above;
        var kept = 0;
        for (var p = 0; p < length; p += 2)
        {
            var weight = pairs[p + 1];
            if (weight < threshold || (weight == threshold && atThreshold-- <= 0)) continue;
            pairs[kept++] = pairs[p];
            pairs[kept++] = weight;
        }
        length = kept;
        weakest = threshold;
    }

    private static Span<int> Grown(Span<int> counts, int weight)
    {
        var grown = new int[Math.Max(weight + 1, 2 * counts.Length)];
        counts.CopyTo(grown);
        return grown;
    }
}
