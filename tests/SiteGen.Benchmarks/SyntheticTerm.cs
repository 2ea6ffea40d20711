namespace SiteGen.Benchmarks;

internal sealed record SyntheticTerm(string Id, string Name, IReadOnlyList<string> Aliases);
