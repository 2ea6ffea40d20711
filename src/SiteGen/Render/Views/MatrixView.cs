namespace SiteGen.Render.Views;

/// <summary>The responsibility (RACI) matrix: activities grouped by stage against roles.</summary>
public sealed record MatrixView(string Title, string? ProseHtml, IReadOnlyList<LinkView> Roles, IReadOnlyList<MatrixGroupView> Groups, IReadOnlyList<BadgeView> Legend, int ColumnCount);
