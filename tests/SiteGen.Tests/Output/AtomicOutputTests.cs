using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public class AtomicOutputTests
{
    [Fact]
    public void FailedBuildLeavesThePreviousOutputExactlyAsItWas()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var before = Folders.ReadAll(site.Output);

        site.Write("pages/guide.md", "---\ntitle: Guide\n---\nAsk the [](role:nobody).\n");
        site.Write("pages/new.md", "---\ntitle: New page\n---\nText.\n");
        var result = site.Build();

        Assert.True(result.HasErrors);
        Assert.False(result.Written);
        var after = Folders.ReadAll(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).Contains("staging"));
    }

    [Fact]
    public void SuccessfulRebuildReplacesStaleFiles()
    {
        using var site = new TestSite();
        site.Write("pages/old.md", "---\ntitle: Old\n---\nText.\n");
        Assert.True(site.Build().Written);
        Assert.True(File.Exists(Path.Combine(site.Output, "old", "index.html")));

        site.Delete("pages/old.md");
        Assert.True(site.Build().Written);

        Assert.False(File.Exists(Path.Combine(site.Output, "old", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "guide", "index.html")));
    }

    [Fact]
    public void RefusesAnOutputFolderHoldingFilesSiteGenDidNotWrite()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputUnsafe, error.Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Output, "notes.txt")));
    }

    [Fact]
    public void RefusesTheSiteFolderOrItsParentAsOutput()
    {
        using var site = new TestSite();

        foreach (var output in new[] { site.Root, Path.GetDirectoryName(site.Root)! })
        {
            var result = site.Build(output);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputUnsafe);
            Assert.True(File.Exists(Path.Combine(site.Root, "sitegen.yml")));
        }
        Assert.False(File.Exists(Path.Combine(site.Root, SiteEmitter.MarkerFile)));
    }

    [Fact]
    public void ARebuildWithNothingChangedWritesNothing()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "guide", "index.html"));
        var inode = Folders.ReadAll(site.Output);

        var result = site.Build();

        Assert.Equal(0, result.Emitted!.Written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "guide", "index.html")));
        Assert.Equal(inode.Keys, Folders.ReadAll(site.Output).Keys);
    }

    [Fact]
    public void EditingOnePageWritesOnlyTheFilesWhoseBytesChanged()
    {
        using var site = new TestSite();
        site.Write("pages/other.md", "---\ntitle: Other\n---\nUnrelated text.\n");
        var first = site.Build();
        var before = Folders.ReadAll(site.Output);

        site.Write("pages/other.md", "---\ntitle: Other\n---\nUnrelated text, now longer.\n");
        var result = site.Build();

        var after = Folders.ReadAll(site.Output);
        var changed = after.Where(p => !before.TryGetValue(p.Key, out var old) || !old.AsSpan().SequenceEqual(p.Value)).Select(p => p.Key).ToList();
        Assert.Contains("other/index.html", changed);
        Assert.DoesNotContain("guide/index.html", changed);
        // The page, the search files holding its words, the manifest and the stamp of the inputs: nothing else is rewritten.
        Assert.Contains(SiteGen.Build.BuildStamp.FileName, changed);
        Assert.Equal(changed.Count - 2, result.Emitted!.Written);
        Assert.True(result.Emitted.Written < first.FileCount / 2, $"{result.Emitted.Written} of {first.FileCount} files written");
    }
}
