namespace SiteGen.Render.Views;

/// <summary>A stage on the lifecycle overview.</summary>
public sealed record StageSummaryView(int Number, string Title, string Url, string Summary, IReadOnlyList<LinkView> Activities);
