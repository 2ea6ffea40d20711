using SiteGen.Build;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>
/// Rebuilds that reuse an earlier build's parses and renders (as the dev server does) must render only the pages a change
/// reaches and must give exactly the bytes of a clean build of the same input.
/// </summary>
public class IncrementalBuildTests
{
    private static BuildResult BuildInMemory(string site, BuildCache? cache = null) =>
        new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false) { Cache = cache });

    private static void AssertSameAsCleanBuild(string site, BuildResult incremental)
    {
        var clean = BuildInMemory(site);
        Assert.False(clean.HasErrors, string.Join("\n", clean.Diagnostics));
        var a = incremental.Files.ToDictionary(f => f.Path, Bytes);
        var b = clean.Files.ToDictionary(f => f.Path, Bytes);
        Assert.Equal(b.Keys.Order(), a.Keys.Order());
        foreach (var (path, bytes) in b) Assert.True(bytes.AsSpan().SequenceEqual(a[path]), $"{path} differs from a clean build");
    }

    private static byte[] Bytes(OutputFile file) => file.ReadBytes();

    private static string CopyOfExample()
    {
        var site = Folders.NewTemp();
        Folders.Copy(Path.Combine(Folders.RepositoryRoot(), "content"), site);
        var output = Path.Combine(site, "_site");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return site;
    }

    [Fact]
    public void EditingOnePagesTextRendersOnlyThatPage()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        var first = BuildInMemory(site, cache);
        Assert.Equal(first.PageCount, first.RenderedPages);
        var page = Path.Combine(site, "pages", "guides", "working-across-markets.md");

        File.AppendAllText(page, "\nOne more sentence about markets.\n");
        var second = BuildInMemory(site, cache);

        Assert.Equal(1, second.RenderedPages);
        AssertSameAsCleanBuild(site, second);
    }

    [Fact]
    public void NothingChangedRendersNothing()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);

        var again = BuildInMemory(site, cache);

        Assert.Equal(0, again.RenderedPages);
        AssertSameAsCleanBuild(site, again);
    }

    [Fact]
    public void RenamingAPageRendersThePagesThatShowItsTitle()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        var first = BuildInMemory(site, cache);
        var page = Path.Combine(site, "pages", "guides", "working-across-markets.md");

        File.WriteAllText(page, File.ReadAllText(page).Replace("title: ", "title: Renamed — "));
        var second = BuildInMemory(site, cache);

        Assert.InRange(second.RenderedPages, 2, first.PageCount);
        AssertSameAsCleanBuild(site, second);
    }

    [Theory]
    [InlineData("data/roles.yml", "summary: ", "summary: Changed. ")]
    [InlineData("data/lifecycle.yml", "title: ", "title: Changed ")]
    [InlineData("data/glossary.yml", "definition: ", "definition: Changed. ")]
    [InlineData("sitegen.yml", "title: ", "title: Changed ")]
    public void DataAndSettingsChangesGiveTheSameBytesAsACleanBuild(string file, string find, string replace)
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var path = Path.Combine(site, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);

        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        var second = BuildInMemory(site, cache);

        Assert.True(second.RenderedPages > 0);
        AssertSameAsCleanBuild(site, second);
    }

    [Fact]
    public void ATemplateOverrideRendersEveryPageAgain()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        var first = BuildInMemory(site, cache);
        var theme = Path.Combine(Folders.RepositoryRoot(), "themes", "default", "templates", "page.hbs");
        Directory.CreateDirectory(Path.Combine(site, "theme", "templates"));

        File.WriteAllText(Path.Combine(site, "theme", "templates", "page.hbs"), File.ReadAllText(theme).Replace("<article", "<article data-custom"));
        var second = BuildInMemory(site, cache);

        Assert.Equal(first.PageCount, second.RenderedPages);
        AssertSameAsCleanBuild(site, second);
    }

    [Fact]
    public void ABrokenEditThenItsFixGiveTheSameBytesAsACleanBuild()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var page = Path.Combine(site, "pages", "index.md");
        var original = File.ReadAllText(page);

        File.WriteAllText(page, original + "\nA [broken](role:nobody) link.\n");
        Assert.True(BuildInMemory(site, cache).HasErrors);
        File.WriteAllText(page, original + "\nA [mended](role:cmo) link.\n");
        var fixedBuild = BuildInMemory(site, cache);

        Assert.False(fixedBuild.HasErrors);
        AssertSameAsCleanBuild(site, fixedBuild);
    }
}
