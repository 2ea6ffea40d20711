namespace SiteGen.Benchmarks;

/// <summary>Everything one benchmark run measured, with what is needed to tell whether two runs are comparable.</summary>
internal sealed record BenchmarkReport(
    DateTimeOffset Date,
    int Seed,
    int ProcessorCount,
    string Runtime,
    string OperatingSystem,
    string Method,
    IReadOnlyList<SizeResult> Sizes);
