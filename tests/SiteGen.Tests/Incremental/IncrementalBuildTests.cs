using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>
/// Rebuilds that reuse an earlier build's parses and renders (as the dev server does) must render only the pages a change
/// reaches and must give exactly the bytes of a clean build of the same input.
/// </summary>
public class IncrementalBuildTests
{
    private static BuildResult BuildInMemory(string site, BuildCache? cache = null, params string[] changed) =>
        new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false) { Cache = cache, ChangedPaths = changed.Length > 0 ? changed : null });

    /// <summary>Whether the build was made from the last one (<see cref="PageEditBuild"/>) rather than from every file.</summary>
    private static bool BuiltFromLastBuild(BuildResult result) => result.Timings.All(t => t.Stage != "discover");

    private static void AssertSameAsCleanBuild(string site, BuildResult incremental)
    {
        var clean = BuildInMemory(site);
        Assert.False(clean.HasErrors, string.Join("\n", clean.Diagnostics));
        Assert.Equal(clean.Diagnostics, incremental.Diagnostics);
        BuiltSite.AssertSame(BuiltSite.Files(clean), BuiltSite.Files(incremental));
    }

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

    /// <summary>Replaces the first <paramref name="find"/> in a file of the site, as an editor would save it; returns its full path.</summary>
    private static string Change(string site, string file, string find, string replace)
    {
        var path = Path.Combine(site, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {file}");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        return path;
    }

    [Theory]
    [InlineData("pages/guides/working-across-markets.md", "run [market research]", "first run [market research]")]
    [InlineData("pages/guides/index.md", "\n\n", "\n\nA sentence more for the section's page.\n\n")]
    [InlineData("pages/policies/market-research-policy.md", "\n\n", "\n\nA [link to the CMO](role:cmo) that was already there. [The CMO](role:cmo).\n\n")]
    [InlineData("pages/roles/cmo.md", "\n\n", "\n\nMore about the CMO.\n\n")]
    [InlineData("pages/index.md", "\n\n", "\n\nMore on the home page.\n\n")]
    [InlineData("pages/stages/growth.md", "\n\n", "\n\nMore about growing.\n\n")]
    public void AnEditToAPagesTextAloneIsBuiltFromTheLastBuild(string file, string find, string replace)
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var path = Change(site, file, find, replace);

        var edited = BuildInMemory(site, cache, path);

        Assert.True(BuiltFromLastBuild(edited));
        Assert.Equal(1, edited.RenderedPages);
        AssertSameAsCleanBuild(site, edited);
    }

    [Theory]
    [InlineData("pages/guides/working-across-markets.md", "title: ", "title: Renamed ")]
    [InlineData("pages/guides/working-across-markets.md", "## Share what you learn", "## Share what you have learned")]
    [InlineData("pages/guides/working-across-markets.md", "\n## Share", "\nSee [who supervises marketing](../organisation/who-supervises-marketing.md).\n\n## Share")]
    [InlineData("pages/guides/working-across-markets.md", "(role:overseas-marketing-specialist)", "(role:cmo)")]
    [InlineData("data/roles.yml", "summary: ", "summary: Changed. ")]
    public void AnEditThatOtherPagesShowIsBuiltFromEveryFile(string file, string find, string replace)
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var path = Change(site, file, find, replace);

        var edited = BuildInMemory(site, cache, path);

        Assert.False(BuiltFromLastBuild(edited));
        AssertSameAsCleanBuild(site, edited);
    }

    [Fact]
    public void ABrokenLinkInAnEditIsReportedAndItsFixIsBuiltFromTheLastGoodBuild()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var file = "pages/guides/working-across-markets.md";

        var broken = BuildInMemory(site, cache, Change(site, file, "(role:overseas-marketing-specialist)", "(role:overseas-marketing-specialst)"));
        Assert.True(BuiltFromLastBuild(broken));
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        Assert.Equal(file, error.Span?.File);
        Assert.Empty(broken.Files);

        var other = BuildInMemory(site, cache, Change(site, "pages/policies/market-research-policy.md", "\n\n", "\n\nAnother page's edit.\n\n"));
        Assert.True(BuiltFromLastBuild(other));
        Assert.Equal(broken.Diagnostics, other.Diagnostics);

        var mended = BuildInMemory(site, cache, Change(site, file, "(role:overseas-marketing-specialst)", "(role:overseas-marketing-specialist)"));
        Assert.True(BuiltFromLastBuild(mended));
        AssertSameAsCleanBuild(site, mended);
    }

    [Fact]
    public void AWarningAnEditAddsOrRemovesIsReportedAsACleanBuildReportsIt()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var file = "pages/guides/working-across-markets.md";

        var warned = BuildInMemory(site, cache, Change(site, file, "\n---\n", "\ncolour: blue\n---\n"));
        Assert.True(BuiltFromLastBuild(warned));
        Assert.Contains(warned.Diagnostics, d => d.Span?.File == file && d.Code == SiteGen.Diagnostics.DiagnosticCodes.UnknownKey);
        AssertSameAsCleanBuild(site, warned);

        var quiet = BuildInMemory(site, cache, Change(site, file, "\ncolour: blue\n", "\n"));
        Assert.True(BuiltFromLastBuild(quiet));
        AssertSameAsCleanBuild(site, quiet);
    }

    [Fact]
    public void AFileThatCameAndWentChangesNothingAndANewPageIsBuiltFromEveryFile()
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        var first = BuildInMemory(site, cache);

        var gone = BuildInMemory(site, cache, Path.Combine(site, "pages", "guides", "4913"));
        Assert.True(BuiltFromLastBuild(gone));
        Assert.Equal(0, gone.RenderedPages);
        Assert.Equal(first.Files.Select(f => f.Path), gone.Files.Select(f => f.Path));

        var added = Path.Combine(site, "pages", "guides", "new-page.md");
        File.WriteAllText(added, "---\ntitle: A new page\n---\nNew.\n");
        var withPage = BuildInMemory(site, cache, added);
        Assert.False(BuiltFromLastBuild(withPage));
        Assert.Contains(withPage.Files, f => f.Path == "guides/new-page/index.html");
        AssertSameAsCleanBuild(site, withPage);
    }

    [Theory]
    [InlineData("assets")]
    [InlineData("data/glossary.yml")]
    [InlineData(".git/HEAD")]
    public void ADeletedInputOrACommitIsBuiltFromEveryFile(string changed)
    {
        var site = CopyOfExample();
        var cache = new BuildCache();
        BuildInMemory(site, cache);
        var path = Path.Combine(site, changed);
        if (changed == "assets") path = Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        if (File.Exists(path)) File.Delete(path);

        var again = BuildInMemory(site, cache, path);

        Assert.False(BuiltFromLastBuild(again));
    }

    [Fact]
    public void APageUnderTheSearchFolderStaysWhenAnotherPageIsEdited()
    {
        var site = CopyOfExample();
        File.WriteAllText(Path.Combine(site, "pages", "search.md"), "---\ntitle: How to search\n---\nType a word.\n");
        var cache = new BuildCache();
        BuildInMemory(site, cache);

        var edited = BuildInMemory(site, cache, Change(site, "pages/guides/working-across-markets.md", "run [market research]", "first run [market research]"));

        Assert.True(BuiltFromLastBuild(edited));
        Assert.Contains(edited.Files, f => f.Path == "search/index.html");
        AssertSameAsCleanBuild(site, edited);
    }
}
