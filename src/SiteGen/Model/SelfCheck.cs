using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A self-check question of an onboarding step: its choices, the index of the right one, and why it is right (Markdown).</summary>
public sealed record SelfCheck(string Question, IReadOnlyList<string> Choices, int Answer, MarkdownText? Explanation, SourceLocation Span);
