namespace SiteGen.Render;

/// <summary>A version in the switcher: its name, its folder under the output ("" for the current version), and its pages' URLs.</summary>
public sealed record PublishedVersion(string Name, string Folder, IReadOnlySet<string> Urls);
