namespace SiteGen.Render.Views;

/// <summary>A role in the org chart, with the roles that report to it.</summary>
public sealed record OrgNodeView(string Title, string Url, string Summary, IReadOnlyList<OrgNodeView> Children);
