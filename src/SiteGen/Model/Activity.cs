using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Activity(
    string Id,
    string StageId,
    string Title,
    MarkdownText? Description,
    IReadOnlyList<Ref> Responsible,
    Ref? Accountable,
    IReadOnlyList<Ref> Consulted,
    IReadOnlyList<Ref> Informed,
    SourceLocation Span);
