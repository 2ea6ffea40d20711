namespace SiteGen.Benchmarks;

/// <summary>The middle of repeated measurements, which one slow or fast run does not move (the upper middle of an even count).</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
