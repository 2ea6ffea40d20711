namespace SiteGen.Render.Views;

/// <summary>A Markdown page.</summary>
public sealed record ContentPageView(string Title, string? Summary, string Html, PageMetaView Meta, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Backlinks)
{
    /// <summary>The backlinks under the name the backlinks partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<LinkView> Links => Backlinks;
}
