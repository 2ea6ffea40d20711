using System.Buffers;

namespace SiteGen.Search;

/// <summary>
/// Consecutive records as the index needs them, written on one thread and added to the index in order on another: each
/// record's token weights (see <see cref="RecordWeigher"/>) and its row of the record chunks, as JSON.
/// </summary>
internal sealed class IndexRun : IRecordWriter
{
    private readonly List<int> rowEnds = [];
    private RecordIndexer? indexer;

    public IntBuffer Weights { get; } = new();

    public ArrayBufferWriter<byte> Rows { get; } = new(4 * 1024);

    public int Count => rowEnds.Count;

    /// <summary>Empties the run for records indexed with the current thread's <paramref name="indexer"/>.</summary>
    public void Start(RecordIndexer indexer)
    {
        this.indexer = indexer;
        Weights.Clear();
        Rows.ResetWrittenCount();
        rowEnds.Clear();
    }

    public void Write(string url, string title, string section, ReadOnlySpan<char> text, IReadOnlyList<string> keywords)
    {
        indexer!.Index(url, title, section, text, keywords, this);
        rowEnds.Add(Rows.WrittenCount);
    }

    public ReadOnlySpan<byte> Row(int record) => Rows.WrittenSpan[(record == 0 ? 0 : rowEnds[record - 1])..rowEnds[record]];
}
