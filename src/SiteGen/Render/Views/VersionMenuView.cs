namespace SiteGen.Render.Views;

/// <summary>The version switcher: the version being read and every published version, newest first.</summary>
public sealed record VersionMenuView(string Reading, IReadOnlyList<VersionLinkView> Versions);
