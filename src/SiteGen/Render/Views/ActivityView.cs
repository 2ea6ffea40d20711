namespace SiteGen.Render.Views;

/// <summary>An activity on its stage's page; Id is its anchor.</summary>
public sealed record ActivityView(string Id, string Title, string? DescriptionHtml, IReadOnlyList<AssigneeView> Assignees);
