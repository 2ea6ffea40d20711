namespace SiteGen.Render.Views;

/// <summary>A Markdown page.</summary>
public sealed record ContentPageView(string Title, string? Summary, string Html, PageMetaView Meta, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Backlinks);
