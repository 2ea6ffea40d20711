namespace SiteGen.Search;

/// <summary>Keeps the records written to it as <see cref="SearchRecord"/>s.</summary>
internal sealed class RecordList : IRecordWriter
{
    public List<SearchRecord> Records { get; } = [];

    public void Write(string url, string title, string section, ReadOnlySpan<char> text, IReadOnlyList<string> keywords) =>
        Records.Add(new SearchRecord(url, title, section, text.ToString(), keywords));
}
