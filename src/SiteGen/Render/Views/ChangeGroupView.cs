namespace SiteGen.Render.Views;

/// <summary>The changes to one kind of thing (pages, roles, …), added, changed and removed.</summary>
public sealed record ChangeGroupView(string Id, string Title, IReadOnlyList<ChangeItemView> Added, IReadOnlyList<ChangeItemView> Changed, IReadOnlyList<ChangeItemView> Removed);
