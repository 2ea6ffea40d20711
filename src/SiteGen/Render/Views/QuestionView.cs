namespace SiteGen.Render.Views;

/// <summary>A self-check question: Answer is the index of the right choice; Review is the step's page, to read again after a wrong answer.</summary>
public sealed record QuestionView(string Id, string Question, IReadOnlyList<ChoiceView> Choices, int Answer, string RightChoice, string? ExplanationHtml, LinkView Review);
