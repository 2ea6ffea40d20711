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
    Diagnostics.SourceLocation ThemeLocation);
