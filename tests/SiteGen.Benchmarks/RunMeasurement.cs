namespace SiteGen.Benchmarks;

internal sealed record RunMeasurement(TimeSpan Wall, TimeSpan Cpu, double PeakRssMegabytes);
