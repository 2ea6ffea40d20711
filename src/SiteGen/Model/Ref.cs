using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>An id written in a source file, with where it was written, so an unknown id can be reported at its place.</summary>
public sealed record Ref(string Id, SourceLocation Span);
