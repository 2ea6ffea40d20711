namespace SiteGen.Render.Views;

/// <summary>One entry of the sidebar; only the branch of the current page has its children filled in.</summary>
public sealed record NavItemView(string Title, string Url, bool IsCurrent, bool IsOpen, IReadOnlyList<NavItemView> Children)
{
    /// <summary>The children under the name the nav-items partial reads, so it calls itself without arguments.</summary>
    public IReadOnlyList<NavItemView> Items => Children;
}
