using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>sitegen.yml's <c>versions:</c>: the git tags (names or globs such as v*) and branches to publish beside the current files.</summary>
public sealed record VersionsConfig(IReadOnlyList<string> Tags, IReadOnlyList<string> Branches, SourceLocation Location);
