namespace SiteGen.Model;

public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string BasePath,
    string Language,
    string Theme,
    RepositoryConfig? Repository,
    bool AllowHtml,
    Diagnostics.SourceLocation ThemeLocation)
{
    /// <summary>The git tags and branches to publish as versions; null when sitegen.yml names none.</summary>
    public VersionsConfig? Versions { get; init; }
}
