namespace SiteGen.Render.Views;

/// <summary>The changelog: the latest commits to the site with the pages they touched; TotalCommits counts all of them.</summary>
public sealed record ChangelogView(string Title, string? ProseHtml, IReadOnlyList<ChangelogEntryView> Entries, int TotalCommits);
