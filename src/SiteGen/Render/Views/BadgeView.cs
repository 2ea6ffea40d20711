namespace SiteGen.Render.Views;

/// <summary>One of R, A, C, I: the letter, its word and the CSS class that colours it.</summary>
public sealed record BadgeView(string Letter, string Label, string Css);
