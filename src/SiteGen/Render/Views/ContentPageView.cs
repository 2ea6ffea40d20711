namespace SiteGen.Render.Views;

/// <summary>A Markdown page; <see cref="Html"/> is null for a page without text.</summary>
public sealed record ContentPageView(string Title, string? Summary, Utf8Html? Html, PageMetaView Meta, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Backlinks)
{
    /// <summary>The backlinks under the name the backlinks partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<LinkView> Links => Backlinks;
}
