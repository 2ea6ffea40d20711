using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>One output page to render: its URL, the template for its body and that template's view, and what the layout needs.</summary>
public sealed record RenderJob(string Url, string Template, object View, string Title, string? Description, string Kind,
    IReadOnlyList<NavItemView> Nav, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<TocItemView> Toc, string? EditUrl, bool UseLayout = true)
{
    public LinkView? Previous { get; init; }

    public LinkView? Next { get; init; }
}
