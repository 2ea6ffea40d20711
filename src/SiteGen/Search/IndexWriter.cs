using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SiteGen.Emit;

namespace SiteGen.Search;

/// <summary>
/// Builds the index files from runs of records indexed in parallel and added here in record order: postings gathered by
/// token, rows gathered into chunks as they fill.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private const int ChunkSize = SearchIndexBuilder.ChunkSize;

    private readonly TokenTable table = new();
    private readonly ThreadLocal<RecordIndexer> indexers;
    private readonly ConcurrentStack<IndexRun> idle = new();
    private readonly List<PostingList> postings = [];
    private readonly List<OutputFile> chunks = [];
    private readonly ArrayBufferWriter<byte> chunk = new(64 * 1024);
    private int records;

    public IndexWriter() => indexers = new(() => new RecordIndexer(table));

    /// <summary>An empty run for records indexed on the current thread.</summary>
    public IndexRun StartRun()
    {
        var run = idle.TryPop(out var reused) ? reused : new IndexRun();
        run.Start(indexers.Value!);
        return run;
    }

    /// <summary>Adds the run's records after those added before, and takes the run back for reuse.</summary>
    public void Add(IndexRun run)
    {
        var weights = run.Weights.Items;
        var p = 0;
        for (var i = 0; i < run.Count; i++, records++)
        {
            p = Gather(weights, p, records, postings);
            chunk.Write(records % ChunkSize == 0 ? "["u8 : ","u8);
            chunk.Write(run.Row(i));
            if (records % ChunkSize == ChunkSize - 1) EndChunk();
        }
        idle.Push(run);
    }

    public IReadOnlyList<OutputFile> Finish(CancellationToken cancel = default)
    {
        if (chunk.WrittenCount > 0) EndChunk();
        foreach (var list in postings) list.Finish();
        cancel.ThrowIfCancellationRequested();
        var shards = ShardWriter.Write(table.Tokens, postings, cancel);
        return
        [
            .. shards.Select(s => s.File),
            .. chunks,
            OutputFile.FromJson(SearchIndexBuilder.Folder + "manifest.json", json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", 1);
                json.WriteNumber("chunkSize", ChunkSize);
                json.WriteNumber("records", records);
                json.WriteStartArray("shards");
                foreach (var shard in shards) json.WriteStringValue(shard.Prefix);
                json.WriteEndArray();
                json.WriteEndObject();
            }),
        ];
    }

    public void Dispose() => indexers.Dispose();

    private void EndChunk()
    {
        chunk.Write("]"u8);
        chunks.Add(OutputFile.FromBytes($"{SearchIndexBuilder.Folder}d/{chunks.Count}.json", chunk.WrittenSpan.ToArray()));
        chunk.ResetWrittenCount();
    }

    /// <summary>
    /// Adds one record's weights, starting at <paramref name="p"/>, to the postings under the record's number, and returns
    /// where the next record's weights start.
    /// </summary>
    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Gather(ReadOnlySpan<int> weights, int p, int record, List<PostingList> postings)
    {
        var count = weights[p++];
        for (var k = 0; k < count; k++, p += 2)
        {
            var id = weights[p];
            while (postings.Count <= id) postings.Add(new PostingList());
            postings[id].Add(record, weights[p + 1]);
        }
        return p;
    }
}
