namespace SiteGen.Build;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
