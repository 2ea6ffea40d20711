using SiteGen.Build;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A build whose every input is as it was when the output was written has nothing to do: it says so, reports what the
/// build reported then, and leaves the output alone. Any change to an input builds again.
/// </summary>
public class UpToDateTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static BuildResult Build(string site, DateOnly? today = null) =>
        new SiteBuilder().Build(new BuildOptions(site) { Today = today ?? Today });

    /// <summary>Builds after a change: the build must write the site again, and the one after it find it up to date.</summary>
    private static BuildResult AssertBuiltAgain(string site, DateOnly? today = null)
    {
        var again = Build(site, today);
        Assert.False(again.UpToDate);
        Assert.True(again.Written, string.Join("\n", again.Diagnostics));
        Assert.True(Build(site, today).UpToDate);
        return again;
    }

    /// <summary>A site whose files were last written an hour ago, so their sizes and times can stand for their contents.</summary>
    private static TestSite SiteWithAWarning()
    {
        var site = new TestSite().Write("pages/guide.md", TestSite.Page.Replace("title: Guide", "title: Guide\ncolour: blue"));
        Settle(site);
        return site;
    }

    private static void Settle(TestSite site)
    {
        var then = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, then);
        foreach (var folder in Directory.EnumerateDirectories(site.Root, "*", SearchOption.AllDirectories)) Directory.SetLastWriteTimeUtc(folder, then);
    }

    /// <summary>Whether the build found the site up to date by its files' sizes and times, without reading them.</summary>
    private static bool ReadNoFile(BuildResult result) => result.UpToDate && result.Timings.All(t => t.Stage != "discover");

    [Fact]
    public void ASecondBuildOfTheSameInputIsUpToDateReportsTheSameAndWritesNothing()
    {
        using var site = SiteWithAWarning();
        var first = Build(site.Root);
        Assert.True(first.Written);
        Assert.False(first.UpToDate);
        Assert.Single(first.Diagnostics);
        var manifest = Path.Combine(site.Output, OutputManifest.FileName);
        var written = File.GetLastWriteTimeUtc(manifest);
        var page = site.ReadOutput("guide/index.html");

        var second = Build(site.Root);

        Assert.True(second.UpToDate);
        Assert.True(ReadNoFile(second));
        Assert.True(second.Written);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.PageCount, second.PageCount);
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifest));
        Assert.Equal(page, site.ReadOutput("guide/index.html"));
    }

    [Theory]
    [InlineData("pages/guide.md")]
    [InlineData("data/roles.yml")]
    [InlineData("assets/logo.txt")]
    [InlineData("theme/templates/page.hbs")]
    public void AChangedOrNewFileBuildsAgain(string file)
    {
        using var site = SiteWithAWarning();
        if (file.StartsWith("theme/", StringComparison.Ordinal))
            site.Write(file, File.ReadAllText(Path.Combine(Folders.RepositoryRoot(), "themes", "default", "templates", "page.hbs")));
        Assert.True(Build(site.Root).Written);
        var path = Path.Combine(site.Root, file);

        var change = Path.GetExtension(file) switch { ".yml" => "\n# changed\n", ".md" => "\nChanged.\n", _ => "\n<!-- changed -->\n" };
        site.Write(file, (File.Exists(path) ? File.ReadAllText(path) : "") + change);
        AssertBuiltAgain(site.Root);
    }

    [Theory]
    [InlineData("pages/guide.md")]
    [InlineData("data/roles.yml")]
    [InlineData("sitegen.yml")]
    [InlineData("assets/logo.txt")]
    [InlineData("theme/templates/page.hbs")]
    public void AnEditThatKeepsAFilesSizeBuildsAgain(string file)
    {
        using var site = SiteWithAWarning();
        var path = Path.Combine(site.Root, file);
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        if (file.StartsWith("theme/", StringComparison.Ordinal))
            text = File.ReadAllText(Path.Combine(Folders.RepositoryRoot(), "themes", "default", "templates", "page.hbs"));
        var mark = Path.GetExtension(file) switch { ".yml" => "\n# aaaa\n", ".hbs" => "{{!-- aaaa --}}", _ => "\naaaa\n" };
        site.Write(file, text + mark);
        Settle(site);
        Assert.True(Build(site.Root).Written);
        Assert.True(ReadNoFile(Build(site.Root)));

        site.Write(file, text + mark.Replace("aaaa", "bbbb"));

        AssertBuiltAgain(site.Root);
    }

    [Fact]
    public void ANewPageOrADeletedAssetBuildsAgain()
    {
        using var site = SiteWithAWarning();
        site.Write("assets/logo.txt", "logo\n");
        Settle(site);
        Assert.True(Build(site.Root).Written);

        site.Write("pages/more.md", TestSite.Page.Replace("title: Guide", "title: More"));
        Assert.True(AssertBuiltAgain(site.Root).PageCount > 0);
        // Files written just before a build are read again, until a build notes their times once they have settled.
        Assert.False(ReadNoFile(Build(site.Root)));
        Settle(site);
        Assert.False(ReadNoFile(Build(site.Root)));
        Assert.True(ReadNoFile(Build(site.Root)));

        File.Delete(Path.Combine(site.Root, "assets", "logo.txt"));
        AssertBuiltAgain(site.Root);
    }

    [Fact]
    public void FilesWrittenJustNowOrLinksAreReadToBeSure()
    {
        using var site = new TestSite().Write("pages/guide.md", TestSite.Page);
        Assert.True(Build(site.Root).Written);
        Assert.Null(BuildStamp.Read(site.Output)!.FileStates);
        var again = Build(site.Root);
        Assert.True(again.UpToDate);
        Assert.False(ReadNoFile(again));

        site.Write("assets/logo.txt", "logo\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "assets", "same-logo.txt"), Path.Combine(site.Root, "assets", "logo.txt"));
        Settle(site);
        Assert.True(Build(site.Root).Written);
        Assert.Null(BuildStamp.Read(site.Output)!.FileStates);
        Assert.False(ReadNoFile(Build(site.Root)));

        // A folder that is a link counts as much as a file that is.
        File.Delete(Path.Combine(site.Root, "assets", "same-logo.txt"));
        Directory.Move(Path.Combine(site.Root, "assets"), Path.Combine(site.Root, "media"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "assets"), Path.Combine(site.Root, "media"));
        Settle(site);
        Assert.True(Build(site.Root).Written);
        Assert.Null(BuildStamp.Read(site.Output)!.FileStates);
    }

    [Fact]
    public void AFileTheSiteDoesNotUseChangesNothing()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);

        site.Write("notes.txt", "The author's own notes, beside the site.\n");

        Assert.True(Build(site.Root).UpToDate);
    }

    [Fact]
    public void AnEmptyThemeFolderOfTheThemesNameIsNoticed()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);

        Directory.CreateDirectory(Path.Combine(site.Root, "themes", "default"));

        Assert.False(Build(site.Root).UpToDate);
    }

    [Fact]
    public void AStampThatCannotBeReadOnlyMeansTheSiteIsBuiltAgain()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);
        var stamp = Path.Combine(site.Output, BuildStamp.FileName);

        File.WriteAllText(stamp, File.ReadAllText(stamp).Replace("pages\t", "pages\tmany"));
        AssertBuiltAgain(site.Root);
    }

    [Fact]
    public void AnotherDayBuildsAgain()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);

        AssertBuiltAgain(site.Root, Today.AddDays(1));
    }

    [Fact]
    public void AnEditThatChangesNoOutputStillLeavesTheOutputUpToDate()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);

        site.Write("sitegen.yml", TestSite.Config + "\n# A comment changes no page.\n");
        var again = AssertBuiltAgain(site.Root);

        Assert.Equal(0, again.Emitted!.Written);
    }

    [Fact]
    public void AnOutputFolderMissingAFileIsBuiltAgain()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);

        File.Delete(Path.Combine(site.Output, "guide", "index.html"));
        AssertBuiltAgain(site.Root);

        Assert.True(File.Exists(Path.Combine(site.Output, "guide", "index.html")));
    }

    [Fact]
    public void TheStampKeepsEveryDiagnosticAsTheBuildReportedIt()
    {
        var diagnostics = new List<SiteGen.Diagnostics.Diagnostic>
        {
            new(SiteGen.Diagnostics.Severity.Warning, "SG9999", "a message with\ta tab, a \\ backslash\nand a line", new SiteGen.Diagnostics.SourceLocation("pages/a b.md", 3, 7), "a hint"),
            new(SiteGen.Diagnostics.Severity.Warning, "SG9998", "no place and no hint", null),
        };
        var folder = Folders.NewTemp();
        var stamp = new BuildStamp("abc", "/themes/default", 5, 9, diagnostics, ["a note"], ["v1", "v2"]);
        File.WriteAllBytes(Path.Combine(folder, BuildStamp.FileName), stamp.ToBytes());

        var read = BuildStamp.Read(folder)!;

        Assert.Equal(stamp with { Diagnostics = read.Diagnostics, Notes = read.Notes, Versions = read.Versions }, read);
        Assert.Equal(diagnostics, read.Diagnostics);
        Assert.Equal(["a note"], read.Notes);
        Assert.Equal(["v1", "v2"], read.Versions);
    }

    [Fact]
    public void ABuildThatFailsLeavesTheStampOfTheSiteItDidNotReplace()
    {
        using var site = SiteWithAWarning();
        Assert.True(Build(site.Root).Written);
        var guide = File.ReadAllText(Path.Combine(site.Root, "pages", "guide.md"));

        site.Write("pages/guide.md", guide + "\n[broken](role:nobody)\n");
        Assert.True(Build(site.Root).HasErrors);
        site.Write("pages/guide.md", guide);

        Assert.True(Build(site.Root).UpToDate);
    }

    [Fact]
    public void ACommitBuildsAgainBecausePagesShowTheirHistory()
    {
        var repo = new GitRepo("site");
        repo.Write("sitegen.yml", TestSite.Config).Write("data/roles.yml", TestSite.Roles)
            .Write("data/lifecycle.yml", TestSite.Lifecycle).Write("data/glossary.yml", TestSite.Glossary)
            .Write("pages/guide.md", TestSite.Page).Write("../.gitignore", "_site/\n");
        repo.Commit("First", "2026-04-01");
        Assert.True(Build(repo.Site).Written);
        Assert.True(Build(repo.Site).UpToDate);

        repo.Write("../README.md", "Outside the site.\n");
        repo.Commit("Second", "2026-04-02");

        AssertBuiltAgain(repo.Site);

        // Authors' names in the history go through the mailmap.
        repo.Write("../.mailmap", "Anna Author <ann@example.com> Ann Author <ann@example.com>\n");
        Assert.False(Build(repo.Site).UpToDate);
    }
}
