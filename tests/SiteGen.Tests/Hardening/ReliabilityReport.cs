namespace SiteGen.Tests.Hardening;

/// <summary>
/// Counts what the hardening tests tried and how it was handled; the hardening collection writes the counts to a file when
/// it finishes, and test.sh prints them.
/// </summary>
public static class ReliabilityReport
{
    private static int _generated;
    private static int _generatedHandled;
    private static int _fixed;
    private static int _fixedHandled;

    public static void Generated(bool handled)
    {
        Interlocked.Increment(ref _generated);
        if (handled) Interlocked.Increment(ref _generatedHandled);
    }

    public static void Fixed(bool handled)
    {
        Interlocked.Increment(ref _fixed);
        if (handled) Interlocked.Increment(ref _fixedHandled);
    }

    public static string Summary =>
        $"reliability: {_generated} generated inputs tried, {_generatedHandled} handled as specified; " +
        $"{_fixed} fixed bad-input cases, {_fixedHandled} handled as specified";

    /// <summary>Where test.sh looks for the report: beside the test assembly.</summary>
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "reliability-report.txt");
}
