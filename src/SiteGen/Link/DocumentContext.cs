using SiteGen.Diagnostics;

namespace SiteGen.Link;

/// <summary>Where a piece of Markdown is shown and how its positions map to its file: what link resolution needs to know about it.</summary>
public sealed record DocumentContext(
    string OwnerUrl,
    string OwnerTitle,
    string BaseFolder,
    Func<int, int, SourceLocation> Locate,
    IReadOnlySet<string> OwnAnchors);
