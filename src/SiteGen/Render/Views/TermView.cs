namespace SiteGen.Render.Views;

/// <summary>A glossary entry; Id is its anchor.</summary>
public sealed record TermView(string Id, string Term, IReadOnlyList<string> Aliases, string? DefinitionHtml);
