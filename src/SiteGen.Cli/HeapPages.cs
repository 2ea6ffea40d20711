using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Cli;

/// <summary>
/// Has Linux back the GC's heap with 2 MB pages (transparent huge pages), as a JVM does with -XX:+UseTransparentHugePages.
/// A build touches hundreds of megabytes of fresh heap once. In 4 KB pages each first touch is a page fault, and on a
/// virtual machine a fault costs many microseconds: at 10,000 pages that was a fifth of the build's CPU time.
/// </summary>
/// <remarks>
/// Where the kernel gives huge pages only to memory that asks for them (its usual "madvise" setting), .NET never asks. Asking
/// is not enough either: the GC commits its heap 64 KB at a time, each time marking the piece to be kept in core dumps, so
/// the mapping a fault lands in is one 64 KB piece, too small for a huge page. So the start of the GC's reserved range is
/// made writable and dumpable here at once, as the GC would make it piece by piece: its own commits then change nothing and
/// the mapping stays whole. Memory still counts only once touched, and the GC still decommits as it likes.
/// </remarks>
public static class HeapPages
{
    /// <summary>How much of the GC's reserved range is prepared: more than a build of 10,000 pages uses at its peak.</summary>
    private const ulong PreparedBytes = 2UL << 30;

    private const int ProtectReadWrite = 0x1 | 0x2;
    private const int AdviseHugePage = 14;
    private const int AdviseDump = 17;

    public static void Request()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            if (ReservedRange(File.ReadAllLines("/proc/self/maps"), AddressOfNewObject()) is not var (start, length)) return;
            if (Mprotect((nint)start, (nuint)length, ProtectReadWrite) != 0) return;
            _ = Madvise((nint)start, (nuint)length, AdviseDump);
            _ = Madvise((nint)start, (nuint)length, AdviseHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException
                                       or FormatException or OverflowException)
        {
            // Without huge pages a build is only slower.
        }
    }

    private static ulong AddressOfNewObject()
    {
        var handle = GCHandle.Alloc(new byte[16], GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>
    /// The part of the GC's reservation not yet committed, up to <see cref="PreparedBytes"/>: the largest inaccessible anonymous
    /// mapping (of at least a gigabyte; nothing else in the process reserves that much) among those adjacent to the one
    /// <paramref name="address"/>, an object's, lies in. Null when there is none.
    /// </summary>
    /// <param name="maps">The lines of /proc/self/maps.</param>
    public static (ulong Start, ulong Length)? ReservedRange(IEnumerable<string> maps, ulong address)
    {
        var anonymous = new List<(ulong Start, ulong End, bool Reserved)>();
        foreach (var line in maps)
        {
            // start-end perms offset device inode [path]
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[4] != "0" || (fields.Length == 6 && fields[5].Trim().Length > 0)) continue;
            var range = fields[0].Split('-');
            anonymous.Add((ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), fields[1] == "---p"));
        }
        var at = anonymous.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0) return null;
        var first = at;
        while (first > 0 && anonymous[first - 1].End == anonymous[first].Start) first--;
        var last = at;
        while (last + 1 < anonymous.Count && anonymous[last + 1].Start == anonymous[last].End) last++;
        var reserve = anonymous[first..(last + 1)].Where(m => m.Reserved && m.End - m.Start >= 1UL << 30).OrderByDescending(m => m.End - m.Start).ToList();
        return reserve is [var largest, ..] ? (largest.Start, Math.Min(largest.End - largest.Start, PreparedBytes)) : null;
    }

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(nint address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
