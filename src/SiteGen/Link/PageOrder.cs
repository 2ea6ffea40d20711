using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>Reading order among siblings: by <c>order</c> (pages without one last), then by title.</summary>
public static class PageOrder
{
    public static int Compare(int? orderA, string titleA, int? orderB, string titleB)
    {
        var byOrder = (orderA ?? int.MaxValue).CompareTo(orderB ?? int.MaxValue);
        if (byOrder != 0) return byOrder;
        var byTitle = string.Compare(titleA, titleB, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(titleA, titleB);
    }

    public static int Compare(Page a, Page b)
    {
        var result = Compare(a.FrontMatter.Order, a.FrontMatter.Title, b.FrontMatter.Order, b.FrontMatter.Title);
        return result != 0 ? result : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }

    public static int Compare(Section a, Section b)
    {
        var result = Compare(a.Order, a.Title, b.Order, b.Title);
        return result != 0 ? result : string.CompareOrdinal(a.Url, b.Url);
    }
}
