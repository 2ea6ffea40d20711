namespace SiteGen.Search;

/// <summary>
/// The records of a site as <see cref="SearchRecordCollector"/> reads them. Each enumeration reads the site again;
/// <see cref="SearchIndexBuilder.Build(SearchRecords)"/> indexes them as they are read, never holding their text as strings.
/// </summary>
public sealed class SearchRecords : IEnumerable<SearchRecord>
{
    internal SearchRecords(SearchRecordCollector collector) => Collector = collector;

    internal SearchRecordCollector Collector { get; }

    public IEnumerator<SearchRecord> GetEnumerator()
    {
        var records = new List<SearchRecord>();
        Collector.Write(() => new RecordList(), list => records.AddRange(list.Records));
        return records.GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
