using System.Diagnostics;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>Runs a build or a check for a command, shows progress on a terminal, prints the diagnostics and picks the exit code.</summary>
public static class BuildRunner
{
    public static int Run(BuildOptions options, string siteArgument, OutputFormat format, bool verbose)
    {
        var clock = Stopwatch.StartNew();
        using var progress = ProgressLine.Start(format == OutputFormat.Msbuild);
        var result = BatchCollection.Run(() => new SiteBuilder().Build(options with { OnStage = progress.Show }));
        progress.Clear();
        var seconds = clock.Elapsed.TotalSeconds;

        var errors = result.ErrorCount + (options.WarningsAsErrors ? result.WarningCount : 0);
        var warnings = options.WarningsAsErrors ? 0 : result.WarningCount;
        var counts = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
        var summary = errors > 0
            ? $"{(options.WriteOutput ? "Build" : "Check")} failed in {seconds:0.00} s: {counts}{(options.WriteOutput ? "; nothing was written" : "")}."
            : result.UpToDate
                ? $"Up to date: {Plural(result.PageCount, "page")}{Versions(result)} in {options.ResolvedOutput}, built from the same input before ({seconds:0.00} s): {counts}."
            : options.WriteOutput
                ? $"Built {Plural(result.PageCount, "page")}{Versions(result)} into {options.ResolvedOutput} in {seconds:0.00} s: {counts}."
                : $"Checked {Plural(result.PageCount, "page")} in {seconds:0.00} s: {counts}.";
        new DiagnosticPrinter(format, siteArgument, Console.Out, Console.Error).Print(result, options.WarningsAsErrors, summary);
        if (verbose && format != OutputFormat.Json)
        {
            foreach (var timing in result.Timings) Console.Out.WriteLine(
                $"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0.0} ms {timing.AllocatedBytes / 1048576.0,8:0.0} MB allocated {timing.HeapBytes / 1048576.0,8:0.0} MB heap {timing.Paused.TotalMilliseconds,8:0.0} ms paused");
            Console.Out.WriteLine($"  collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; " +
                $"{GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
        }
        return errors > 0 ? CommandLine.Errors : CommandLine.Success;
    }

    /// <summary>" and 3 older versions (1 built, 2 unchanged)", or nothing without versions.</summary>
    private static string Versions(BuildResult result)
    {
        var count = result.VersionsBuilt.Count + result.VersionsReused.Count;
        return count == 0 ? "" : $" and {Plural(count, "older version")} ({result.VersionsBuilt.Count} built, {result.VersionsReused.Count} unchanged)";
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
