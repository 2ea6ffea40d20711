using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.History;
using SiteGen.Parse;

namespace SiteGen.Tests.Units;

public class VersionsConfigTests
{
    private static (Model.SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = new ConfigParser().Parse(new SourceFile("sitegen.yml", "/site/sitegen.yml", SourceKind.Config, yaml), diagnostics);
        return (config, diagnostics.ToSortedList());
    }

    [Fact]
    public void TagsAndBranchesAreOneNameOrAList()
    {
        var (config, diagnostics) = Parse("title: T\nversions:\n  tags: \"v*\"\n  branches: [main, release-1]\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["v*"], config.Versions!.Tags);
        Assert.Equal(["main", "release-1"], config.Versions.Branches);
        Assert.Null(Parse("title: T\n").Config.Versions);
    }

    [Fact]
    public void AnUnknownKeyUnderVersionsIsReported()
    {
        var diagnostics = Parse("title: T\nversions:\n  tag: \"v*\"\n").Diagnostics;

        var warning = Assert.Single(diagnostics);
        Assert.Equal("sitegen.yml(3,3): warning SG2004: unknown key 'tag' in versions; did you mean 'tags'?", warning.ToMsBuildString());
    }

    [Theory]
    [InlineData("v1.0", "v1.0")]
    [InlineData("release/2026", "release-2026")]
    [InlineData(".hidden", "v.hidden")]
    public void AVersionsFolderIsItsNameMadeSafe(string name, string folder) => Assert.Equal(folder, VersionResolver.Folder(name));
}
