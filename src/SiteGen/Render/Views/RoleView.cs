namespace SiteGen.Render.Views;

/// <summary>A role's page; Onboarding is null when the role has no onboarding path.</summary>
public sealed record RoleView(string Id, string Title, string Summary, string? DescriptionHtml, IReadOnlyList<string> Responsibilities, IReadOnlyList<string> Qualities, LinkView? ReportsTo, IReadOnlyList<LinkView> DirectReports, IReadOnlyList<RoleStageView> Stages, IReadOnlyList<OwnedPageView> OwnedPages, string? ProseHtml, IReadOnlyList<LinkView> Backlinks, RoleOnboardingView? Onboarding, string PrintUrl)
{
    /// <summary>The backlinks under the name the backlinks partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<LinkView> Links => Backlinks;
}
