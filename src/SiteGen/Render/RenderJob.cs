using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// One output page to render: its URL, the template for its body and that template's view, and what the layout needs. The
/// sidebar and table of contents are null for a page that has them made as it is rendered (see <see cref="JobPlanner.DefersViews"/>
/// and <see cref="JobPlanner.SidebarOf"/>).
/// </summary>
public sealed record RenderJob(string Url, string Template, object View, string Title, string? Description, string Kind,
    IReadOnlyList<NavItemView>? Nav, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<TocItemView>? Toc, string? EditUrl, bool UseLayout = true)
{
    /// <summary>The Markdown page whose headings make the table of contents, when that is made as the page is rendered.</summary>
    public Model.Page? TocSource { get; init; }

    public LinkView? Previous { get; init; }

    public LinkView? Next { get; init; }

    /// <summary>The files the page is made from (its Markdown page, the data file), whose git history it shows.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>When the page's sources last changed and the commits that changed them; null outside git.</summary>
    public PageHistoryView? History { get; init; }

    /// <summary>The version switcher; null when the site publishes no versions.</summary>
    public VersionMenuView? Versions { get; init; }

    /// <summary>Notices at the top of the page: an older version, changed since the previous version, due for review.</summary>
    public IReadOnlyList<NoticeView> Notices { get; init; } = [];
}
