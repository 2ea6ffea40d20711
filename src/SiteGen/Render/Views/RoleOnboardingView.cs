namespace SiteGen.Render.Views;

/// <summary>What a role's page says about its onboarding path: where it starts, how long it is, and its first step.</summary>
public sealed record RoleOnboardingView(string StartUrl, int StepCount, string? TotalTime, LinkView FirstStep);
