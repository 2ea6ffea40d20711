namespace SiteGen.Benchmarks;

internal sealed record SyntheticRole(string Id, string Title, string? ReportsTo);
