using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.History;

/// <summary>The versions sitegen.yml names are built from git into their folders, linked by a switcher, with what changed between them.</summary>
public class VersionTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static BuildResult Build(string site, string output) => new SiteBuilder().Build(new BuildOptions(site, output) { Today = Today });

    private static IDocument Page(string output, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, path)));

    private static (GitRepo Repo, BuildResult Result, string Output) Built()
    {
        var repo = VersionedSite.Create();
        var output = Path.Combine(Folders.NewTemp(), "out");
        var result = Build(repo.Site, output);
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return (repo, result, output);
    }

    [Fact]
    public void EachTagIsBuiltIntoItsFolderAndTheCheckoutIsTheRoot()
    {
        var (_, result, output) = Built();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["v1", "v2"], result.VersionsBuilt);
        Assert.True(File.Exists(Path.Combine(output, "v1", "guide", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "v1", "policies", "discounts", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "v2", "policies", "discounts", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "guide", "index.html")));
        Assert.Contains("once a quarter", Page(output, "v1/policies/pricing/index.html").QuerySelector(".prose")!.TextContent);
        Assert.DoesNotContain("announced", Page(output, "v2/policies/pricing/index.html").QuerySelector(".prose")!.TextContent);
        Assert.Contains("announced", Page(output, "policies/pricing/index.html").QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void VersionsComeFromTheGitObjectsNotFromTheFilesOnDisk()
    {
        var repo = VersionedSite.Create();
        repo.Write("pages/policies/pricing.md", VersionedSite.Pricing.Replace("Pricing policy", "Pricing rules"));
        repo.Write("pages/draft-idea.md", "---\ntitle: Draft idea\n---\nNot committed.\n");
        repo.Delete("data/glossary.yml");
        var output = Path.Combine(Folders.NewTemp(), "out");

        var result = Build(repo.Site, output);

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.Equal("Pricing rules", Page(output, "policies/pricing/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Pricing policy", Page(output, "v2/policies/pricing/index.html").QuerySelector("h1")!.TextContent);
        Assert.False(File.Exists(Path.Combine(output, "v2", "draft-idea", "index.html")));
        Assert.Contains("ROI", File.ReadAllText(Path.Combine(output, "v2", "glossary", "index.html")));
    }

    [Fact]
    public void AVersionsAssetsAreItsCommitsBytes()
    {
        var repo = VersionedSite.Create();
        byte[] before = [0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0a, 0x00];
        Directory.CreateDirectory(Path.Combine(repo.Site, "assets"));
        File.WriteAllBytes(Path.Combine(repo.Site, "assets", "logo.png"), before);
        repo.Commit("Add the logo", "2026-04-02");
        repo.Tag("v3");
        File.WriteAllBytes(Path.Combine(repo.Site, "assets", "logo.png"), [1, 2, 3]);
        var output = Path.Combine(Folders.NewTemp(), "out");

        Assert.True(Build(repo.Site, output).Written);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "v3", "assets", "logo.png")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(output, "assets", "logo.png")));
        Assert.False(File.Exists(Path.Combine(output, "v2", "assets", "logo.png")));
    }

    [Fact]
    public void TheSwitcherLeadsToTheSamePageInEachVersionOrToThatVersionsHome()
    {
        var (_, _, output) = Built();

        string[] Targets(string path) => Page(output, path).QuerySelectorAll(".version-menu li a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToArray();

        Assert.Equal(["main (current) /policies/pricing/", "v2 /v2/policies/pricing/", "v1 /v1/policies/pricing/"], Targets("policies/pricing/index.html"));
        Assert.Equal(["main (current) /policies/discounts/", "v2 /v2/policies/discounts/", "v1 /v1/"], Targets("v2/policies/discounts/index.html"));
        Assert.Equal(["main (current) /", "v2 /v2/", "v1 /v1/guide/"], Targets("v1/guide/index.html"));
        Assert.Equal("v1", Page(output, "v1/guide/index.html").QuerySelector(".version-menu a[aria-current]")!.TextContent);
    }

    [Fact]
    public void OlderVersionsSayWhereTheCurrentPageIs()
    {
        var (_, _, output) = Built();

        var notice = Page(output, "v1/policies/pricing/index.html").QuerySelector(".notice-older-version")!;
        Assert.Contains("You are reading v1, an older version", notice.TextContent);
        Assert.Equal("/policies/pricing/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/", Page(output, "v1/guide/index.html").QuerySelector(".notice-older-version a")!.GetAttribute("href"));
        Assert.Null(Page(output, "policies/pricing/index.html").QuerySelector(".notice-older-version"));
    }

    [Fact]
    public void SearchOnlySearchesTheVersionBeingRead()
    {
        var (_, _, output) = Built();

        Assert.Equal("/v1/", Page(output, "v1/guide/index.html").Body!.GetAttribute("data-base"));
        var v1Records = File.ReadAllText(Path.Combine(output, "v1", "search", "d", "0.json"));
        Assert.Contains("\"guide/\"", v1Records);
        Assert.DoesNotContain("discounts", v1Records);
        Assert.DoesNotContain("\"guide/\"", File.ReadAllText(Path.Combine(output, "search", "d", "0.json")));
    }

    [Fact]
    public void ChangesSinceThePreviousVersionAreSaidInWords()
    {
        var (_, _, output) = Built();

        var changes = Page(output, "v2/whats-new/index.html");
        Assert.Equal("Changes since v1", changes.QuerySelector("h1")!.TextContent);
        string Item(string id) => changes.GetElementById(id)!.TextContent.Trim();
        Assert.StartsWith("Market research: responsible changed from Overseas Marketing Specialist to Marketing Director", Item("activities-market-research"));
        Assert.StartsWith("Chief Marketing Officer: title changed from CMO to Chief Marketing Officer", Item("roles-cmo"));
        Assert.Equal("ROI", Item("terms-roi"));
        Assert.Equal("Guide", Item("pages-guide"));
        Assert.Equal("/v2/policies/discounts/", changes.GetElementById("pages-policies-discounts")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Pricing policy: review date changed from 2026-12-31 to 2027-06-30", Item("pages-policies-pricing"));
        string[] Kinds(string group) => changes.GetElementById(group)!.ParentElement!.QuerySelectorAll("h3").Select(h => h.TextContent).ToArray();
        Assert.Equal(["Added", "Changed", "Removed"], Kinds("pages"));
        Assert.Equal(["Changed"], Kinds("activities"));

        Assert.Equal("Changes since v2", Page(output, "whats-new/index.html").QuerySelector("h1")!.TextContent);
        Assert.False(File.Exists(Path.Combine(output, "v1", "whats-new", "index.html")));
    }

    [Fact]
    public void AChangedPageLinksToAWordDiffOfItsText()
    {
        var (_, _, output) = Built();

        var notice = Page(output, "v2/policies/pricing/index.html").QuerySelector(".notice-changed")!;
        Assert.Contains("This page changed since v1.", notice.TextContent);
        Assert.Equal("/v2/whats-new/policies/pricing/", notice.QuerySelector("a")!.GetAttribute("href"));

        var diff = Page(output, "v2/whats-new/policies/pricing/index.html").QuerySelector(".diff")!;
        Assert.Equal(["deleted: quarter"], diff.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["inserted: month"], diff.QuerySelectorAll("ins").Select(d => d.TextContent));
        // The unchanged text before the change (headings and the first paragraph) is folded, keeping five words next to it.
        Assert.Contains("[… 26 unchanged words …]", diff.TextContent);
        Assert.Contains("Prices are set once a deleted: quarter inserted: month by the Marketing Director after", diff.TextContent);

        var current = Page(output, "whats-new/policies/pricing/index.html").QuerySelector(".diff")!;
        Assert.Equal(["inserted: Price changes are announced a week ahead."], current.QuerySelectorAll("ins").Select(d => d.TextContent));
        Assert.Empty(current.QuerySelectorAll("del"));
        Assert.Equal("/v2/whats-new/#activities-market-research",
            Page(output, "v2/stages/introduction/index.html").QuerySelector(".notice-changed a")!.GetAttribute("href"));
    }

    [Fact]
    public void VersionsThatHaveNotChangedAreNotRebuilt()
    {
        var (repo, _, output) = Built();

        var again = Build(repo.Site, output);
        Assert.Empty(again.VersionsBuilt);
        Assert.Equal(["v1", "v2"], again.VersionsReused);
        Assert.Contains("v1", Page(output, "v1/guide/index.html").QuerySelector(".version-menu")!.TextContent);

        // A new commit that changes text only leaves the older versions as they were; a new tag changes every switcher.
        repo.Write("pages/policies/discounts.md", "---\ntitle: Discounts policy\nowner: cmo\n---\nNo discount above five percent.\n");
        repo.Commit("Smaller discounts", "2026-04-10");
        Assert.Equal(["v1", "v2"], Build(repo.Site, output).VersionsReused);
        repo.Tag("v3");
        repo.Write("pages/extra.md", "---\ntitle: Extra\n---\nMore.\n").Commit("Extra page", "2026-04-20");
        var tagged = Build(repo.Site, output);
        Assert.Equal(["v1", "v2", "v3"], tagged.VersionsBuilt);
        Assert.Contains("v3", Page(output, "v1/guide/index.html").QuerySelector(".version-menu")!.TextContent);
    }

    [Fact]
    public void ABranchCanBeAVersionToo()
    {
        var repo = VersionedSite.Create();
        repo.Git("branch", "release-1", "v1");
        repo.Write("sitegen.yml", VersionedSite.Config.Replace("tags: \"v*\"", "branches: [release-1]")).Commit("Publish the release branch", "2026-04-05");
        var output = Path.Combine(Folders.NewTemp(), "out");

        var result = Build(repo.Site, output);

        Assert.Equal(["release-1"], result.VersionsBuilt);
        Assert.True(File.Exists(Path.Combine(output, "release-1", "guide", "index.html")));
        Assert.Equal("Changes since release-1", Page(output, "whats-new/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void TwoBuildsOfTheSameCommitsAreByteIdentical()
    {
        var repo = VersionedSite.Create();
        var first = Path.Combine(Folders.NewTemp(), "a");
        var second = Path.Combine(Folders.NewTemp(), "b");

        Build(repo.Site, first);
        Build(repo.Site, second);

        BuiltSite.AssertByteIdentical(first, second);
    }
}
