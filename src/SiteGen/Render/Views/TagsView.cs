namespace SiteGen.Render.Views;

/// <summary>Every tag.</summary>
public sealed record TagsView(string Title, string? ProseHtml, IReadOnlyList<TagCountView> Tags);
