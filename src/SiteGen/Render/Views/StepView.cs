namespace SiteGen.Render.Views;

/// <summary>One step of an onboarding path. Key is what the reader's browser remembers it by; Url carries the path and step number.</summary>
public sealed record StepView(int Number, string Key, string Title, string Kind, string Url, string? Note, string? Time, IReadOnlyList<QuestionView> Questions);
