using SiteGen.Discover;

namespace SiteGen.Tests.Units;

/// <summary>The dev server's cache of file texts, on real files with real modification times.</summary>
public class SourceTextCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-texts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (SourceTextCache Cache, Func<string> Read, Func<int> Reads) Reader(string path)
    {
        var cache = new SourceTextCache();
        var reads = 0;
        return (cache, () => cache.Read(new FileInfo(path), p => { reads++; return File.ReadAllText(p); }), () => reads);
    }

    [Fact]
    public void AnUnchangedSettledFileIsReadOnce()
    {
        var path = Path.Combine(_folder, "page.md");
        File.WriteAllText(path, "first");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        var (_, read, reads) = Reader(path);

        Assert.Equal("first", read());
        Assert.Equal("first", read());
        Assert.Equal(1, reads());
    }

    [Fact]
    public void AChangedTimeOrSizeIsReadAgain()
    {
        var path = Path.Combine(_folder, "page.md");
        File.WriteAllText(path, "first");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        var (_, read, reads) = Reader(path);
        read();

        File.WriteAllText(path, "other");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-4));
        Assert.Equal("other", read());
        File.WriteAllText(path, "longer text");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-4));
        Assert.Equal("longer text", read());
        Assert.Equal(3, reads());
    }

    [Fact]
    public void AFileSavedJustBeforeItWasReadIsReadAgainEvenWithTheSameTimeAndSize()
    {
        var path = Path.Combine(_folder, "page.md");
        var time = DateTime.UtcNow;
        File.WriteAllText(path, "first");
        File.SetLastWriteTimeUtc(path, time);
        var (_, read, _) = Reader(path);
        Assert.Equal("first", read());

        // A second save within the file system's time resolution: same size, same time, other text.
        File.WriteAllText(path, "fixed");
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal("fixed", read());
    }
}
