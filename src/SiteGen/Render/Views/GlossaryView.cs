namespace SiteGen.Render.Views;

/// <summary>The glossary.</summary>
public sealed record GlossaryView(string Title, string? ProseHtml, IReadOnlyList<TermView> Terms);
