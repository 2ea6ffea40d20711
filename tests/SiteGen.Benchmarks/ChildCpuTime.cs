using System.ComponentModel;
using System.Runtime.InteropServices;

namespace SiteGen.Benchmarks;

/// <summary>
/// The kernel's account of CPU time used by this process's children. Process.TotalProcessorTime cannot be read once a
/// child has exited on Linux, but getrusage(RUSAGE_CHILDREN) keeps the exact total of every child that has been waited
/// for; the difference across one run is that run's user + system time, to the microsecond.
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    public static TimeSpan OfExitedChildren()
    {
        // struct rusage on 64-bit Linux: the user and system timevals (seconds, microseconds) come first, then 14 longs not needed here.
        var usage = new long[18];
        if (getrusage(RusageChildren, usage) != 0) throw new Win32Exception(Marshal.GetLastPInvokeError());
        return TimeSpan.FromMicroseconds((usage[0] + usage[2]) * 1_000_000 + usage[1] + usage[3]);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, [Out] long[] usage);
}
