using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Times a build's stages one after another, with what each allocated, for --verbose and the benchmark.</summary>
/// <param name="onStage">Told the name of each stage <see cref="Time{T}"/> starts, for progress displays.</param>
public sealed class StageClock(Action<string>? onStage = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTiming> _timings = [];
    private TimeSpan _started;
    private long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private TimeSpan _pausedBefore = GC.GetTotalPauseDuration();

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Runs one stage and records it.</summary>
    public T Time<T>(string stage, Func<T> work)
    {
        onStage?.Invoke(stage);
        _started = _clock.Elapsed;
        _allocatedBefore = GC.GetTotalAllocatedBytes();
        _pausedBefore = GC.GetTotalPauseDuration();
        var result = work();
        Lap(stage);
        return result;
    }

    /// <summary>Records as <paramref name="stage"/> the work done since the clock started or the last stage ended.</summary>
    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        _timings.Add(new StageTiming(stage, now - _started, allocated - _allocatedBefore, GC.GetGCMemoryInfo().HeapSizeBytes, paused - _pausedBefore));
        _started = now;
        _allocatedBefore = allocated;
        _pausedBefore = paused;
    }
}
