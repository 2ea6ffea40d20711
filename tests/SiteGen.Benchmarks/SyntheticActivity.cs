namespace SiteGen.Benchmarks;

internal sealed record SyntheticActivity(string Id, string Title);
