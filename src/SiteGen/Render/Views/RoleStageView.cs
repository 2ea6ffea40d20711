namespace SiteGen.Render.Views;

/// <summary>A role's activities in one stage.</summary>
public sealed record RoleStageView(LinkView Stage, IReadOnlyList<RoleActivityView> Activities);
