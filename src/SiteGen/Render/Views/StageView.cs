namespace SiteGen.Render.Views;

/// <summary>A stage's page.</summary>
public sealed record StageView(string Id, string Title, string Summary, int Number, string? DescriptionHtml, IReadOnlyList<ActivityView> Activities, string? ProseHtml, IReadOnlyList<LinkView> Backlinks)
{
    /// <summary>The backlinks under the name the backlinks partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<LinkView> Links => Backlinks;
}
