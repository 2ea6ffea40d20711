using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Runs one `sitegen build` in a fresh child process, so each figure includes start-up as a user sees it and
/// no memory carries over between runs.
/// </summary>
internal static class CliRun
{
    /// <summary>How often the child's peak resident set is sampled.</summary>
    private const int SampleMilliseconds = 10;

    public static RunMeasurement Build(string cli, string site, string output)
    {
        var start = new ProcessStartInfo(cli)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", site, "--output", output }) start.ArgumentList.Add(argument);

        WriteBackEarlierFiles();
        var cpuBefore = ChildCpuTime.OfExitedChildren();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {cli}");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        // VmHWM is the kernel's own high-water mark of the resident set, so sampling misses no peak in between; only
        // growth in the last few milliseconds before exit could go unseen, and a build's peak comes before its shutdown.
        var status = $"/proc/{process.Id}/status";
        long peakKilobytes = 0;
        do peakKilobytes = Math.Max(peakKilobytes, HighWaterMarkKilobytes(status));
        while (!process.WaitForExit(SampleMilliseconds));
        clock.Stop();
        process.WaitForExit();
        var cpu = ChildCpuTime.OfExitedChildren() - cpuBefore;

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"sitegen build {site} exited with {process.ExitCode}:\n{errors}");
        return new RunMeasurement(clock.Elapsed, cpu, peakKilobytes / 1024.0);
    }

    /// <summary>
    /// Has the kernel write out the files written so far (a 10,000-page site is 400 MB) before a build is timed, as they would
    /// be long before an author builds again: otherwise the kernel writes them back on this machine's two cores while the
    /// build is timed, which charged each run for the one before it.
    /// </summary>
    public static void WriteBackEarlierFiles()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
        sync?.WaitForExit();
    }

    private static long HighWaterMarkKilobytes(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The child exited between two samples; the peak read before stands.
        }
        return 0;
    }
}
