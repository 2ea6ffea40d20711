namespace SiteGen.Render.Views;

/// <summary>A link to a page, with an optional one-line summary.</summary>
public sealed record LinkView(string Title, string Url, string? Summary = null);
