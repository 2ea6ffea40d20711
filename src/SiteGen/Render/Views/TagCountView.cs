namespace SiteGen.Render.Views;

/// <summary>A tag on the tags overview.</summary>
public sealed record TagCountView(string Name, string Url, int Count);
