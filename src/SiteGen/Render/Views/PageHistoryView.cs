namespace SiteGen.Render.Views;

/// <summary>When a page's sources last changed and by whom, with the last commits that touched them, newest first.</summary>
public sealed record PageHistoryView(string LastUpdated, string Author, string ShortHash, string? CommitUrl, IReadOnlyList<CommitView> Commits);
