using System.Buffers;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>A file written into the output as it is made (<see cref="OutputFile.Written"/>), as the printable packets are.</summary>
public class WrittenFileTests
{
    /// <summary>Parts smaller and larger than the writer's buffer, with bytes that differ from one part to the next.</summary>
    private static readonly byte[][] Parts = [Bytes(300_000, 1), Bytes(2_500_000, 2), Bytes(17, 3), Bytes(1_048_576, 4)];

    private static byte[] Bytes(int count, int seed) => Enumerable.Range(0, count).Select(i => (byte)(i * 31 + seed)).ToArray();

    private static readonly byte[] Whole = Parts.SelectMany(p => p).ToArray();

    private static OutputFile Packet() => OutputFile.Written("print/index.html", output =>
    {
        foreach (var part in Parts) output.Write(part);
    });

    private static EmitResult Emit(string folder, params OutputFile[] files)
    {
        using var output = SiteOutput.ToFolder(folder);
        foreach (var file in files) output.Add(file);
        var diagnostics = new DiagnosticBag();
        var result = output.Commit(diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return result;
    }

    [Fact]
    public void AFileWrittenAsItIsMadeHoldsWhatItsWriterWroteAndTheManifestItsHash()
    {
        var folder = Path.Combine(Folders.NewTemp(), "site");

        Assert.Equal(new EmitResult(1, 0), Emit(folder, Packet()));

        var path = Path.Combine(folder, "print", "index.html");
        Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(Whole));
        Assert.Equal(OutputManifest.Hash(Whole), OutputManifest.TryRead(folder)!.Hashes["print/index.html"]);
        Assert.True(Packet().ReadBytes().AsSpan().SequenceEqual(Whole));
    }

    [Fact]
    public void AnUnchangedFileWrittenAsItIsMadeIsKeptAndLeavesNoStagingBehind()
    {
        var parent = Folders.NewTemp();
        var folder = Path.Combine(parent, "site");
        var page = OutputFile.FromBytes("index.html", "<p>one</p>"u8.ToArray());
        Emit(folder, page, Packet());
        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "print", "index.html"));
        Thread.Sleep(20);

        // Nothing changed: the output is left as it was.
        Assert.Equal(new EmitResult(0, 2), Emit(folder, page, Packet()));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
        // Another file changed: the packet is taken over from the old site, not written again.
        Assert.Equal(new EmitResult(1, 1), Emit(folder, OutputFile.FromBytes("index.html", "<p>two</p>"u8.ToArray()), Packet()));

        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "print", "index.html")));
        Assert.True(File.ReadAllBytes(Path.Combine(folder, "print", "index.html")).AsSpan().SequenceEqual(Whole));
        Assert.Equal("<p>two</p>", File.ReadAllText(Path.Combine(folder, "index.html")));
        // The site the swap replaced is kept as the spare, for the next build to write into.
        Assert.Equal([".site.spare", "site"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
