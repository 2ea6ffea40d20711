using System.Runtime.CompilerServices;

namespace SiteGen.Search;

/// <summary>
/// Works out how strongly each record matches each of its tokens. One weigher serves one thread; it keeps its own copy of the
/// token numbers it has met so most tokens are looked up without taking the shared table's lock.
/// </summary>
internal sealed class RecordWeigher(TokenTable table)
{
    public const int TitleWeight = 12;
    public const int KeywordWeight = 8;
    public const int MaxTextWeight = 3;

    private readonly TokenReader reader = new();
    private readonly VectorTokenMap knownShort = new();
    private readonly TokenMap known = new();
    private readonly List<int> touched = [];
    private int[] weights = new int[1024];

    /// <summary>Appends how many tokens the record has and then each token's number and weight.</summary>
    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Weigh(ReadOnlySpan<char> text, IReadOnlyList<string> keywords, string title, IntBuffer output)
    {
        // A weight of zero means "not seen yet": every kind of occurrence adds at least one.
        for (var tokens = reader.Read(text); tokens.MoveNext();)
        {
            var id = IdOf(ref tokens);
            weights[id] = Math.Min(MaxTextWeight, weights[id] + 1);
        }
        foreach (var keyword in keywords)
            for (var tokens = reader.Read(keyword); tokens.MoveNext();)
            {
                var id = IdOf(ref tokens);
                weights[id] = Math.Max(weights[id], KeywordWeight);
            }
        for (var tokens = reader.Read(title); tokens.MoveNext();)
        {
            var id = IdOf(ref tokens);
            weights[id] = TitleWeight + weights[id];
        }

        output.Add(touched.Count);
        foreach (var id in touched)
        {
            output.Add(id);
            output.Add(weights[id]);
            weights[id] = 0;
        }
        touched.Clear();
    }

    /// <summary>The current token's number, noting the token as part of the record the first time it comes up in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IdOf(ref TokenEnumerator tokens)
    {
        int id;
        if (tokens.TryGetKey(out var key))
        {
            if (!knownShort.TryGetValue(key, out id))
            {
                id = table.Add(tokens.Current).Id;
                knownShort.Add(key, id);
            }
        }
        else if (!known.TryGetValue(tokens.Current, out id))
        {
            (id, var text) = table.Add(tokens.Current);
            known.Add(text, id);
        }
        if (id >= weights.Length) Array.Resize(ref weights, Math.Max(id + 1, weights.Length * 2));
        if (weights[id] == 0) touched.Add(id);
        return id;
    }
}
