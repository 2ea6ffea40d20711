using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Term(string Id, string Name, IReadOnlyList<string> Aliases, MarkdownText? Definition, SourceLocation Span);
