namespace SiteGen.Changes;

/// <summary>
/// A Markdown page added, removed or changed between two versions, by its source file. <see cref="Url"/> is the page's URL in
/// the version it is in; <see cref="Details"/> say in words how its front matter changed; <see cref="TextDiff"/> marks the
/// words of its text that changed (empty when the text did not).
/// </summary>
public sealed record PageChange(ChangeKind Kind, string SourcePath, string Title, string Url, IReadOnlyList<string> Details, IReadOnlyList<DiffPiece> TextDiff);
