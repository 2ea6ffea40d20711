namespace SiteGen.Render.Views;

/// <summary>The roles that hold one of R, A, C, I in an activity.</summary>
public sealed record AssigneeView(BadgeView Badge, IReadOnlyList<LinkView> Roles);
