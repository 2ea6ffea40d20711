namespace SiteGen.Render.Views;

/// <summary>A role's onboarding path page ("Start here"): the steps in order, each with a checkbox, its note, time and self-checks.</summary>
public sealed record OnboardingView(string RoleId, string RoleTitle, string RoleUrl, int StepCount, string? TotalTime, IReadOnlyList<StepView> Steps, LinkView FirstStep, string PrintUrl);
