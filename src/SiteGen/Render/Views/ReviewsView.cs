namespace SiteGen.Render.Views;

/// <summary>The review page: every page with an owner or a review date, by due date, overdue first. Today is null in older versions.</summary>
public sealed record ReviewsView(string Title, string? ProseHtml, string? Today, int OverdueCount, IReadOnlyList<ReviewItemView> Items);
