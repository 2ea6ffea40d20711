namespace SiteGen.Build;

/// <summary>How long a pipeline stage took, and how much memory it allocated and left reachable (for --verbose).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes = 0, long HeapBytes = 0);
