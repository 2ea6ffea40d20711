namespace SiteGen.Render.Views;

/// <summary>
/// What changed in one page since the previous version: its front matter in words and its text as a word diff (DiffHtml,
/// null when only the front matter changed), with insertions and deletions marked and unchanged runs folded.
/// </summary>
public sealed record PageDiffView(string Title, LinkView Page, string Previous, string WhatsNewUrl, IReadOnlyList<string> Details, string? DiffHtml);
