using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Hardening;

/// <summary>
/// The promise every input must keep: the build returns (no exception past its boundary) within a time bound, and either
/// succeeds or reports at least one error, every diagnostic naming a file and a line.
/// </summary>
public static class BuildOutcome
{
    public static BuildResult Check(string site, TimeSpan bound, string what)
    {
        BuildResult? result = null;
        Exception? thrown = null;
        var clock = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            try
            {
                result = new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false));
            }
            catch (Exception e)
            {
                thrown = e;
            }
        }, maxStackSize: 1024 * 1024);
        worker.Start();
        var finished = worker.Join(bound);
        Assert.True(finished, $"{what}: the build did not finish within {bound.TotalSeconds} s");
        Assert.True(thrown is null, $"{what}: the build threw {thrown}");
        Assert.True(clock.Elapsed <= bound, $"{what}: took {clock.Elapsed.TotalSeconds:0.0} s, more than {bound.TotalSeconds} s");
        foreach (var diagnostic in result!.Diagnostics)
            Assert.True(diagnostic.Span is { Line: > 0, File.Length: > 0 }, $"{what}: a diagnostic without a file and line: {diagnostic}");
        Assert.True(!result.HasErrors || result.Diagnostics.Any(d => d.Severity == Severity.Error), what);
        return result;
    }
}
