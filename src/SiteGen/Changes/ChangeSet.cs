namespace SiteGen.Changes;

/// <summary>Everything that changed from one version of a site to the next, each list in the newer version's order.</summary>
public sealed record ChangeSet(
    IReadOnlyList<PageChange> Pages,
    IReadOnlyList<EntityChange> Roles,
    IReadOnlyList<EntityChange> Stages,
    IReadOnlyList<EntityChange> Activities,
    IReadOnlyList<EntityChange> Terms);
