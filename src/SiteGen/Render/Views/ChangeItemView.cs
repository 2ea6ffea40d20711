namespace SiteGen.Render.Views;

/// <summary>
/// One changed thing: its anchor on the changes page, where it is now (null when removed), what changed in words, and for a
/// page the link to the word diff of its text.
/// </summary>
public sealed record ChangeItemView(string Anchor, string Title, string? Url, IReadOnlyList<string> Details, string? DiffUrl);
