using System.Text;
using System.Text.Json;
using SiteGen.Emit;

namespace SiteGen.Search;

/// <summary>
/// Writes the search index as many small files, so a reader's first query fetches a manifest, the token shards its words fall
/// in and the record chunks of the best results, never the whole index.
/// <list type="bullet">
/// <item><c>search/manifest.json</c>: the shard prefixes, the chunk size and the record count.</item>
/// <item><c>search/t/N.json</c>: tokens sharing a prefix → postings as a flat [record, weight, record, weight, …] list.
/// A prefix whose shard grows too large is split by its next character.</item>
/// <item><c>search/d/N.json</c>: records in chunks: [url, title, section, excerpt].</item>
/// </list>
/// </summary>
public sealed class SearchIndexBuilder
{
    public const int ChunkSize = 32;
    public const int MaxShardBytes = 16 * 1024;
    public const int MaxPostingsPerToken = 600;
    public const int ExcerptLength = 280;
    private const int TitleWeight = 12;
    private const int KeywordWeight = 8;
    private const int MaxTextWeight = 3;

    public IReadOnlyList<OutputFile> Build(IReadOnlyList<SearchRecord> records)
    {
        var postings = new Dictionary<string, List<(int Record, int Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in Tokenizer.Tokens(records[i].Text))
                weights[token] = Math.Min(MaxTextWeight, weights.GetValueOrDefault(token) + 1);
            foreach (var keyword in records[i].Keywords)
                foreach (var token in Tokenizer.Tokens(keyword))
                    weights[token] = Math.Max(weights.GetValueOrDefault(token), KeywordWeight);
            foreach (var token in Tokenizer.Tokens(records[i].Title))
                weights[token] = TitleWeight + weights.GetValueOrDefault(token);
            foreach (var (token, weight) in weights)
            {
                if (!postings.TryGetValue(token, out var list)) postings[token] = list = [];
                list.Add((i, weight));
            }
        }

        var encoded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (token, list) in postings)
        {
            // Common words keep only their strongest postings: enough to rank, without making every shard huge.
            var kept = list.Count <= MaxPostingsPerToken
                ? list
                : list.OrderByDescending(p => p.Weight).ThenBy(p => p.Record).Take(MaxPostingsPerToken).OrderBy(p => p.Record).ToList();
            var builder = new StringBuilder(kept.Count * 6);
            foreach (var (record, weight) in kept)
            {
                if (builder.Length > 0) builder.Append(',');
                builder.Append(record).Append(',').Append(weight);
            }
            encoded[token] = builder.ToString();
        }

        var shards = new List<(string Prefix, List<string> Tokens)>();
        Split("", encoded.Keys.ToList(), encoded, shards);
        shards.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));

        var files = new List<OutputFile>();
        for (var i = 0; i < shards.Count; i++)
        {
            var builder = new StringBuilder("{");
            foreach (var token in shards[i].Tokens)
            {
                if (builder.Length > 1) builder.Append(',');
                builder.Append(JsonSerializer.Serialize(token)).Append(":[").Append(encoded[token]).Append(']');
            }
            builder.Append('}');
            files.Add(OutputFile.FromBytes($"search/t/{i}.json", Encoding.UTF8.GetBytes(builder.ToString())));
        }
        for (var start = 0; start < records.Count; start += ChunkSize)
        {
            var chunk = records.Skip(start).Take(ChunkSize).Select(r => new[] { r.Url, r.Title, r.Section, Excerpt(r.Text) });
            files.Add(OutputFile.FromBytes($"search/d/{start / ChunkSize}.json", JsonSerializer.SerializeToUtf8Bytes(chunk)));
        }
        var manifest = new { version = 1, chunkSize = ChunkSize, records = records.Count, shards = shards.Select(s => s.Prefix).ToArray() };
        files.Add(OutputFile.FromBytes("search/manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest)));
        return files;
    }

    /// <summary>Groups tokens under a prefix; a group too large for one small file is split by the next character.</summary>
    private static void Split(string prefix, List<string> tokens, SortedDictionary<string, string> encoded, List<(string, List<string>)> shards)
    {
        var size = tokens.Sum(t => t.Length + encoded[t].Length + 6);
        if (size <= MaxShardBytes || tokens.All(t => t.Length <= prefix.Length))
        {
            if (tokens.Count > 0) shards.Add((prefix, tokens));
            return;
        }
        var exact = tokens.Where(t => t.Length == prefix.Length).ToList();
        if (exact.Count > 0) shards.Add((prefix, exact));
        foreach (var group in tokens.Where(t => t.Length > prefix.Length).GroupBy(t => t[..(prefix.Length + 1)], StringComparer.Ordinal))
            Split(group.Key, group.ToList(), encoded, shards);
    }

    private static string Excerpt(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= ExcerptLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', ExcerptLength);
        return collapsed[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)] + "…";
    }
}
