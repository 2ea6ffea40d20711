namespace SiteGen.Render.Views;

/// <summary>A stage's page.</summary>
public sealed record StageView(string Id, string Title, string Summary, int Number, string? DescriptionHtml, IReadOnlyList<ActivityView> Activities, string? ProseHtml, IReadOnlyList<LinkView> Backlinks);
