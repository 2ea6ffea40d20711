namespace SiteGen.Link;

/// <summary>A page that links to another: shown on the target as "linked from".</summary>
public sealed record Backlink(string Title, string Url);
