namespace SiteGen.Render.Views;

/// <summary>A heading of the page, for the on-page table of contents.</summary>
public sealed record TocItemView(string Title, string Url, int Level);
