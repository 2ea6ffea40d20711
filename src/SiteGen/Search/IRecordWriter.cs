namespace SiteGen.Search;

/// <summary>Takes records one at a time, their text as a span so it need not be a string of its own.</summary>
internal interface IRecordWriter
{
    void Write(string url, string title, string section, ReadOnlySpan<char> text, IReadOnlyList<string> keywords);
}
