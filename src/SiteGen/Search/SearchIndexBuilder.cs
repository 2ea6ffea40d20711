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

    // Records are taken a batch at a time, so only a batch of them is held, and the batch split into runs that two cores share
    // evenly.
    private const int RecordsPerRun = 128;
    private const int RunsPerBatch = 16;

    /// <summary>The index of the records, numbered in the order given.</summary>
    public IReadOnlyList<OutputFile> Build(IEnumerable<SearchRecord> records)
    {
        using var index = new IndexWriter();
        var batch = new List<SearchRecord>(RunsPerBatch * RecordsPerRun);
        var runs = new IndexRun[RunsPerBatch];
        using var reader = records.GetEnumerator();
        while (true)
        {
            batch.Clear();
            while (batch.Count < RunsPerBatch * RecordsPerRun && reader.MoveNext()) batch.Add(reader.Current);
            if (batch.Count == 0) break;
            var count = (batch.Count + RecordsPerRun - 1) / RecordsPerRun;
            Parallel.For(0, count, i =>
            {
                runs[i] = index.StartRun();
                for (var r = i * RecordsPerRun; r < Math.Min(batch.Count, (i + 1) * RecordsPerRun); r++)
                    runs[i].Write(batch[r].Url, batch[r].Title, batch[r].Section, batch[r].Text, batch[r].Keywords);
            });
            for (var i = 0; i < count; i++) index.Add(runs[i]);
        }
        return index.Finish();
    }

    /// <summary>The index of a site's records, made as they are read, so their text is never held as strings.</summary>
    public IReadOnlyList<OutputFile> Build(SearchRecords records)
    {
        using var index = new IndexWriter();
        records.Collector.Write(index.StartRun, index.Add);
        return index.Finish();
    }
}
