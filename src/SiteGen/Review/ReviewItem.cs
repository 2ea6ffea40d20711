using SiteGen.Model;

namespace SiteGen.Review;

/// <summary>A page with an owner or a review date; <see cref="Overdue"/> when its review date has passed.</summary>
public sealed record ReviewItem(Page Page, Role? Owner, bool Overdue);
