namespace SiteGen.Render.Views;

/// <summary>One choice of a self-check question: Name groups a question's radio buttons, Id labels this one.</summary>
public sealed record ChoiceView(string Name, string Id, int Index, string Text);
