namespace SiteGen.Render.Views;

/// <summary>The pages that carry one tag.</summary>
public sealed record TagView(string Title, string Name, string? ProseHtml, IReadOnlyList<LinkView> Pages);
