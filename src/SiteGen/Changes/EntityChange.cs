namespace SiteGen.Changes;

/// <summary>
/// A role, stage, activity or term that was added, removed or changed between two versions. <see cref="Url"/> is where it is in
/// the newer version (null when removed); <see cref="Details"/> say in words what changed.
/// </summary>
public sealed record EntityChange(ChangeKind Kind, string Id, string Title, string? Url, IReadOnlyList<string> Details);
