namespace SiteGen.Render.Views;

/// <summary>A commit on the changelog: the pages it touched, and its other files (site settings, assets) by name.</summary>
public sealed record ChangelogEntryView(CommitView Commit, IReadOnlyList<LinkView> Pages, IReadOnlyList<string> OtherFiles);
