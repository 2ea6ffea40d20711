namespace SiteGen.Render.Views;

/// <summary>What the layout template wraps around every page's body.</summary>
public sealed record LayoutView(SiteView Site, string Title, string? Description, string Url, string? CanonicalUrl, string Kind, string Content, IReadOnlyList<NavItemView> Nav, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<TocItemView> Toc, string? EditUrl, LinkView? Previous, LinkView? Next,
    PageHistoryView? History, VersionMenuView? Versions, IReadOnlyList<NoticeView> Notices)
{
    /// <summary>The sidebar under the name the nav-items partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<NavItemView> Items => Nav;
}
