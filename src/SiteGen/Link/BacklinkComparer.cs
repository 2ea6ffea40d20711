namespace SiteGen.Link;

/// <summary>Orders backlinks by title, then URL, so the "linked from" lists read alphabetically and never change between builds.</summary>
public sealed class BacklinkComparer : IComparer<(string Title, string Url)>
{
    public static readonly BacklinkComparer Instance = new();

    public int Compare((string Title, string Url) a, (string Title, string Url) b)
    {
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        if (byTitle != 0) return byTitle;
        byTitle = string.CompareOrdinal(a.Title, b.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Url, b.Url);
    }
}
