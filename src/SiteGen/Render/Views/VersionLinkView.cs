namespace SiteGen.Render.Views;

/// <summary>
/// A version in the switcher: Url is the same page in that version, or that version's home page when the page is not in it
/// (HasPage false). Latest marks the current version, Reading the one on screen.
/// </summary>
public sealed record VersionLinkView(string Name, string Url, bool Reading, bool Latest, bool HasPage);
