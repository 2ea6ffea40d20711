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
    /// <summary>The folder of the output that holds the index.</summary>
    public const string Folder = "search/";

    public const int ChunkSize = 32;
    public const int MaxShardBytes = 16 * 1024;
    public const int MaxPostingsPerToken = 600;
    public const int ExcerptLength = 280;

    /// <summary>The index of the records, numbered in the order given.</summary>
    public IReadOnlyList<OutputFile> Build(IEnumerable<SearchRecord> records)
    {
        using var index = new IndexWriter();
        var run = index.StartRun();
        foreach (var record in records) run.Write(record.Url, record.Title, record.Section, record.Text, record.Keywords);
        index.Add(run);
        return index.Finish();
    }

    /// <summary>The index of a site's records, made as they are read, so their text is never held as strings.</summary>
    /// <param name="cancel">Stops the work between pages and between shards.</param>
    public IReadOnlyList<OutputFile> Build(SearchRecords records, CancellationToken cancel = default)
    {
        using var index = new IndexWriter();
        records.Collector.Write(index.StartRun, index.Add);
        return index.Finish(cancel);
    }
}
