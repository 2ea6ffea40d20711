using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>One output page to render: its URL, the template for its body and that template's view, and what the layout needs.</summary>
public sealed record RenderJob(string Url, string Template, object View, string Title, string? Description, string Kind,
    IReadOnlyList<NavItemView> Nav, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<TocItemView> Toc, string? EditUrl, bool UseLayout = true)
{
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
