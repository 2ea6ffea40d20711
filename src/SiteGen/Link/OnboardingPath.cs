using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>A role's onboarding path with every step resolved, in reading order.</summary>
public sealed record OnboardingPath(Role Role, IReadOnlyList<PathStep> Steps)
{
    /// <summary>The estimated time of the steps that give one, in minutes; null when none does.</summary>
    public int? TotalMinutes => Steps.Any(s => s.Source.Minutes is not null) ? Steps.Sum(s => s.Source.Minutes ?? 0) : null;

    /// <summary>The title of the path's page and the owner named when its Markdown (self-check explanations) links elsewhere.</summary>
    public static string PageTitle(Role role) => $"Start here: {role.Title}";
}
