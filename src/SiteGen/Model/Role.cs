using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Role(
    string Id,
    string Title,
    string Summary,
    MarkdownText? Description,
    Ref? ReportsTo,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Qualities,
    SourceLocation Span,
    IReadOnlyList<OnboardingStep> Onboarding);
