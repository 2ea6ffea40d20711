namespace SiteGen.Render.Views;

/// <summary>An activity on a role's page, with the parts the role holds in it.</summary>
public sealed record RoleActivityView(string Title, string Url, IReadOnlyList<BadgeView> Badges);
