using SiteGen.Changes;
using SiteGen.History;

namespace SiteGen.Render;

/// <summary>
/// What pages show beyond the site itself: its git history, the date reviews are judged by, and the version being built with
/// what changed since the one before it. The default is a site outside git with no versions.
/// </summary>
public sealed record PlanContext
{
    /// <summary>The commits that changed the site; null when it is not read from git (outside a repository, or git missing).</summary>
    public SiteHistory? History { get; init; }

    /// <summary>The date reviews fall due by; null for an older version, whose reviews are history.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The version before this one, that "what's new" compares with; null for the first version or without versions.</summary>
    public string? Previous { get; init; }

    /// <summary>The previous version's home page, for links to it.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>What changed since <see cref="Previous"/>; null when that version could not be read.</summary>
    public ChangeSet? Changes { get; init; }
}
