using SiteGen.Build;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The site a rebuild's swap replaces is kept beside the output as its spare, and the next rebuild writes into it only what
/// changed (see <see cref="SiteOutput"/>). Files in the spare may be links to the output's, so these check after every build
/// that the output is what a clean build gives and that the spare still holds exactly what its manifest says.
/// </summary>
public class SpareSiteTests
{
    private static string Page(string title, string text) => $"---\ntitle: {title}\n---\n{text}\n";

    [Fact]
    public void RebuildsThatWriteIntoTheSpareGiveWhatACleanBuildGives()
    {
        using var site = new TestSite();
        site.Write("pages/a.md", Page("A", "First text of a."));
        site.Write("pages/b.md", Page("B", "First text of b."));
        site.Write("pages/deep/x/c.md", Page("C", "A page three folders down."));
        var spare = SiteEmitter.SparePath(site.Output);

        Rebuild(site);
        Assert.False(Directory.Exists(spare), "a first build replaces no site, so it keeps none");

        site.Write("pages/a.md", Page("A", "Second text of a."));
        Rebuild(site);
        site.Write("pages/b.md", Page("B", "Second text of b."));
        Rebuild(site);
        // The spare holds the page as it is now: it is taken over, not written again.
        site.Write("pages/b.md", Page("B", "First text of b."));
        var undone = Rebuild(site);
        Assert.True(undone.Emitted!.Written > 0);
        site.Delete("pages/deep/x/c.md");
        Rebuild(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "deep")));
        site.Write("pages/new/d.md", Page("D", "A page in a new folder."));
        Rebuild(site);
        Assert.False(Directory.Exists(Path.Combine(spare, "deep")), "the folders of a deleted page are gone from the spare the next rebuild wrote into");

        Assert.True(site.Build().UpToDate);
        AssertWholeAndSpareIntact(site);
    }

    [Fact]
    public void AnOutputDeletedByHandIsBuiltAgainFromItsSpare()
    {
        using var site = new TestSite();
        site.Write("pages/a.md", Page("A", "First text of a."));
        Rebuild(site);
        site.Write("pages/a.md", Page("A", "Second text of a."));
        Rebuild(site);
        var spare = SiteEmitter.SparePath(site.Output);
        Assert.True(Directory.Exists(spare));

        Directory.Delete(site.Output, recursive: true);
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(spare), "the spare became the output");
        AssertSameAsCleanBuild(site);
        Assert.Contains("Second text of a.", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void ASpareWithoutItsManifestIsNotWrittenInto()
    {
        using var site = new TestSite();
        Rebuild(site);
        var spare = SiteEmitter.SparePath(site.Output);
        Directory.CreateDirectory(Path.Combine(spare, "guide"));
        File.WriteAllText(Path.Combine(spare, "guide", "index.html"), "<p>not SiteGen's</p>");
        File.WriteAllText(Path.Combine(spare, "notes.txt"), "not SiteGen's either");

        site.Write("pages/guide.md", TestSite.Page + "\nAn edit.\n");
        Rebuild(site);

        Assert.Contains("An edit.", site.ReadOutput("guide/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "notes.txt")));
    }

    [Fact]
    public void GitListsTheOutputButNotItsSpare()
    {
        using var site = new TestSite();
        GitRepo.Run(site.Root, ["init", "-q"], []);
        Rebuild(site);
        site.Write("pages/guide.md", TestSite.Page + "\nAn edit.\n");
        Rebuild(site);
        Assert.True(Directory.Exists(SiteEmitter.SparePath(site.Output)));

        var untracked = GitRepo.Run(site.Root, ["status", "--porcelain", "--untracked-files=all"], []);

        Assert.Contains("?? _site/guide/index.html", untracked);
        Assert.DoesNotContain(".spare", untracked);
    }

    /// <summary>Builds the site, which must be written, and checks the output and the spare.</summary>
    private static BuildResult Rebuild(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        AssertWholeAndSpareIntact(site);
        return result;
    }

    private static void AssertWholeAndSpareIntact(TestSite site)
    {
        AssertSameAsCleanBuild(site);
        Assert.True(SiteEmitter.HoldsItsManifest(site.Output));
        Assert.False(File.Exists(Path.Combine(site.Output, SiteEmitter.SpareIgnoreFile)), "git's ignore file of the spare went out with the site");
        var parent = Path.GetDirectoryName(site.Output)!;
        Assert.DoesNotContain(Directory.EnumerateDirectories(parent, "._site.*"), d => !d.EndsWith(".spare", StringComparison.Ordinal));

        var spare = SiteEmitter.SparePath(site.Output);
        if (!Directory.Exists(spare)) return;
        Assert.Contains("\n*\n", File.ReadAllText(Path.Combine(spare, SiteEmitter.SpareIgnoreFile)));
        var manifest = OutputManifest.TryRead(spare);
        Assert.NotNull(manifest);
        var files = Folders.ReadAll(spare);
        var held = files.Keys.Where(path => path != OutputManifest.FileName && path != SiteEmitter.SpareIgnoreFile && !path.StartsWith(OutputManifest.StampFileName, StringComparison.Ordinal));
        Assert.Equal(manifest.Hashes.Keys.Order(StringComparer.Ordinal), held.Order(StringComparer.Ordinal));
        Assert.Empty(manifest.Hashes.Where(file => OutputManifest.Hash(files[file.Key]) != file.Value).Select(file => file.Key));
    }

    private static void AssertSameAsCleanBuild(TestSite site)
    {
        var clean = Path.Combine(Folders.NewTemp(), "clean");
        Assert.True(site.Build(clean).Written);
        BuiltSite.AssertSame(BuiltSite.Files(clean), BuiltSite.Files(site.Output));
    }
}
