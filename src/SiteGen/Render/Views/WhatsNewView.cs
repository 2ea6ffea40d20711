namespace SiteGen.Render.Views;

/// <summary>
/// "Changes since &lt;previous version&gt;": the pages, roles, stages, activities and terms added, changed and removed. Compared is
/// false when the previous version could not be read, so there is nothing to compare with.
/// </summary>
public sealed record WhatsNewView(string Title, string? ProseHtml, string Previous, string PreviousUrl, bool Compared, IReadOnlyList<ChangeGroupView> Groups);
