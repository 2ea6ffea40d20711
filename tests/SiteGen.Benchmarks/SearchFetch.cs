using System.Text.Json;

namespace SiteGen.Benchmarks;

/// <summary>
/// What the theme's search.js downloads for a reader's first query, worked out the way it does: the manifest, the token
/// shards the query's words fall in, and the record chunks holding the ten best results.
/// </summary>
internal static class SearchFetch
{
    public static long IndexBytes(string output) =>
        new DirectoryInfo(Path.Combine(output, "search")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public static long FirstQueryBytes(string output, string query)
    {
        var folder = Path.Combine(output, "search");
        long bytes = 0;
        JsonElement Read(string path)
        {
            var full = Path.Combine(folder, path);
            bytes += new FileInfo(full).Length;
            return JsonDocument.Parse(File.ReadAllBytes(full)).RootElement;
        }
        var manifest = Read("manifest.json");
        var shards = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var chunkSize = manifest.GetProperty("chunkSize").GetInt32();
        var loaded = new Dictionary<int, JsonElement>();

        Dictionary<int, int>? total = null;
        foreach (var token in SiteGen.Search.Tokenizer.Tokens(query))
        {
            var wanted = new List<int>();
            var best = -1;
            for (var i = 0; i < shards.Count; i++)
            {
                if (token.StartsWith(shards[i], StringComparison.Ordinal) && (best < 0 || shards[i].Length > shards[best].Length)) best = i;
                else if (shards[i].Length > token.Length && shards[i].StartsWith(token, StringComparison.Ordinal)) wanted.Add(i);
            }
            if (best >= 0) wanted.Add(best);
            var scores = new Dictionary<int, int>();
            foreach (var index in wanted)
            {
                if (!loaded.TryGetValue(index, out var shard)) loaded[index] = shard = Read($"t/{index}.json");
                foreach (var word in shard.EnumerateObject().Where(w => w.Name.StartsWith(token, StringComparison.Ordinal)))
                {
                    var postings = word.Value.EnumerateArray().Select(p => p.GetInt32()).ToArray();
                    for (var k = 0; k < postings.Length; k += 2)
                    {
                        var score = word.Name == token ? postings[k + 1] * 2 : postings[k + 1];
                        if (score > scores.GetValueOrDefault(postings[k])) scores[postings[k]] = score;
                    }
                }
            }
            total = total is null ? scores : total.Where(p => scores.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value + scores[p.Key]);
        }
        var chunks = (total ?? []).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(10).Select(p => p.Key / chunkSize).Distinct();
        foreach (var chunk in chunks) Read($"d/{chunk}.json");
        return bytes;
    }
}
