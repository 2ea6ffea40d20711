namespace SiteGen.Render.Views;

/// <summary>The home page: its text and the ways into the handbook.</summary>
public sealed record HomeView(string Title, string Description, string? Html, IReadOnlyList<LinkView> Sections, IReadOnlyList<LinkView> Pages, IReadOnlyList<LinkView> Roles, IReadOnlyList<LinkView> Stages);
