namespace SiteGen.Render.Views;

/// <summary>One cell of the responsibility matrix: the parts a role holds in an activity, empty when none.</summary>
public sealed record MatrixCellView(IReadOnlyList<BadgeView> Badges, string RoleTitle);
