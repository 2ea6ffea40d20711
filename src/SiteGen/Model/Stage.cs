using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Stage(
    string Id,
    string Title,
    string Summary,
    MarkdownText? Description,
    IReadOnlyList<Activity> Activities,
    SourceLocation Span);
