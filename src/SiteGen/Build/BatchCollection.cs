using System.Runtime;

namespace SiteGen.Build;

/// <summary>
/// Runs a build that is one burst of work, which nobody waits on mid-way, with the collector in batch mode, so no full
/// collection runs beside it: those let the heap grow while they mark, and the server collector's heap grew past 600 MB on
/// a 10,000-page rebuild. The mode is restored after, so a process that goes on to serve pages collects in the background.
/// </summary>
public static class BatchCollection
{
    public static T Run<T>(Func<T> build)
    {
        var before = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            return build();
        }
        finally
        {
            GCSettings.LatencyMode = before;
        }
    }
}
