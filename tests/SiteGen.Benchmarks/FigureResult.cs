namespace SiteGen.Benchmarks;

/// <summary>One measured build: wall and CPU time, source pages per second of wall time, and peak resident memory.</summary>
internal sealed record FigureResult(string Figure, double WallMs, double CpuMs, double PagesPerSecond, double PeakRssMb);
