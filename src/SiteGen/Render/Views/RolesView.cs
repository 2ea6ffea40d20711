namespace SiteGen.Render.Views;

/// <summary>The roles overview with the reporting tree.</summary>
public sealed record RolesView(string Title, string? ProseHtml, IReadOnlyList<OrgNodeView> Tree, IReadOnlyList<LinkView> Roles);
