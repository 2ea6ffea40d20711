namespace SiteGen.Benchmarks;

internal sealed record StageResult(string Stage, double Ms);
