using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>A role's part in one activity: which of R, A, C and I it holds there.</summary>
public sealed record Assignment(Activity Activity, Stage Stage, IReadOnlyList<RaciKind> Kinds);
