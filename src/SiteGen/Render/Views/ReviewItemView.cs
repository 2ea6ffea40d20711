namespace SiteGen.Render.Views;

/// <summary>A row of the review page; Status says in words whether the review is overdue or when it is due.</summary>
public sealed record ReviewItemView(LinkView Page, LinkView? Owner, string? Effective, string? ReviewBy, bool Overdue, string Status);
