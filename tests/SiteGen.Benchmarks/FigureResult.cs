namespace SiteGen.Benchmarks;

/// <summary>
/// One kind of build, measured <paramref name="Runs"/> times: the medians of wall and CPU time and of peak resident memory,
/// source pages per second of the median wall time, and the fastest and slowest wall times.
/// </summary>
internal sealed record FigureResult(string Figure, int Runs, double WallMs, double WallMinMs, double WallMaxMs, double CpuMs, double PagesPerSecond,
    double PeakRssMb);
