namespace SiteGen.Build;

/// <summary>
/// How long a pipeline stage took, how much memory it allocated and left reachable, and how long the garbage collector held
/// its threads (for --verbose).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes = 0, long HeapBytes = 0, TimeSpan Paused = default);
