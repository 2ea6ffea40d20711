using System.Globalization;
using System.Runtime.InteropServices;
using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

public class HeapPagesTests
{
    private static readonly string[] Maps =
    [
        "55f2cf0a7000-55f2cfa4f000 r-xp 00028000 fe:00 11797038                   /usr/bin/sitegen",
        "7f7c58bfd000-7f7c593fd000 rw-p 00000000 00:00 0 ",
        "7f7c60a20000-7f7c78000000 ---p 00000000 00:00 0 ",
        "7f7c7f000000-7f7c7f400000 rw-p 00000000 00:00 0 ",
        "7f7c7f400000-7f7c92c01000 rw-p 00000000 00:00 0 ",
        "7f7c92c01000-7f8842206000 ---p 00000000 00:00 0 ",
        "7f8842206000-7f8842208000 r--p 00000000 fe:00 331651                     /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7f8842208000-7f8842a08000 rw-p 00000000 00:00 0 ",
    ];

    [Fact]
    public void PreparesTheStartOfTheReservationBesideTheHeap()
    {
        var range = HeapPages.ReservedRange(Maps, 0x7f7c7f400010);

        Assert.Equal((0x7f7c92c01000UL, 2UL << 30), range);
    }

    [Fact]
    public void LeavesAloneWhatLiesApartFromTheReservation()
    {
        // A thread's stack: its neighbours are a library and a small reservation.
        Assert.Null(HeapPages.ReservedRange(Maps, 0x7f8842208010));
        Assert.Null(HeapPages.ReservedRange(Maps, 0x7f7c58bfd010));
        // A reservation smaller than a gigabyte is not the GC's.
        Assert.Null(HeapPages.ReservedRange(Maps.Where(m => !m.StartsWith("7f7c92c01000", StringComparison.Ordinal)), 0x7f7c7f400010));
    }

    [Fact]
    public void TheHeapGrowsInMemoryThatMayUseHugePages()
    {
        if (!OperatingSystem.IsLinux()) return;
        HeapPages.Request();

        // Enough new objects to fill regions the GC commits after the request.
        var kept = Enumerable.Range(0, 64).Select(_ => new byte[1 << 20]).ToList();
        var address = AddressOf(kept[^1]);
        var flags = VmFlagsAt(address);
        Assert.Contains("hg", flags);
        Assert.Contains("wr", flags);
        GC.KeepAlive(kept);
    }

    private static ulong AddressOf(byte[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The flags of the mapping that holds <paramref name="address"/>, from /proc/self/smaps.</summary>
    private static string[] VmFlagsAt(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Split(' ')[0].Split('-') is [var start, var end])
                inside = ulong.Parse(start, NumberStyles.HexNumber, CultureInfo.InvariantCulture) <= address &&
                         address < ulong.Parse(end, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
