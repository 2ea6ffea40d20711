namespace SiteGen.Model;

/// <summary>
/// One step of a role's onboarding path: where it leads (written like a Markdown link target: role:, stage:, activity:, term:
/// or a page path relative to pages/), an optional note and estimated time, and optional self-check questions.
/// </summary>
public sealed record OnboardingStep(Ref Target, string? Note, int? Minutes, IReadOnlyList<SelfCheck> Questions);
