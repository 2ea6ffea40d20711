namespace SiteGen.Benchmarks;

internal sealed record SyntheticStage(string Id, string Title, string Summary, IReadOnlyList<SyntheticActivity> Activities);
