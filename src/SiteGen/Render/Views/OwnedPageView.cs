namespace SiteGen.Render.Views;

/// <summary>A page a role owns, on the role's page, with its review date and whether that date has passed.</summary>
public sealed record OwnedPageView(string Title, string Url, string? Summary, string? ReviewBy, bool Overdue);
