namespace SiteGen.Discover;

public enum SourceKind
{
    Config,
    Roles,
    Lifecycle,
    Glossary,
    Page,
    Asset,
}
