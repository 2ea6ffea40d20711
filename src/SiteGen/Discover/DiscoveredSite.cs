namespace SiteGen.Discover;

public sealed record DiscoveredSite(string Root, SourceFile? Config, SourceFile? Roles, SourceFile? Lifecycle, SourceFile? Glossary,
    IReadOnlyList<SourceFile> Pages, IReadOnlyList<SourceFile> Assets);
