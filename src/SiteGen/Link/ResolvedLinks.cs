using SiteGen.Diagnostics;

namespace SiteGen.Link;

/// <summary>What one Markdown page's links resolved to: the site URLs they lead to (for backlinks) and the problems found.</summary>
public sealed record ResolvedLinks(IReadOnlyList<string> Targets, IReadOnlyList<Diagnostic> Diagnostics);
