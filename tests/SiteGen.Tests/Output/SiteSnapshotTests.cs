using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public class SiteSnapshotTests
{
    /// <summary>
    /// The whole generated site of the fixture handbook (base_url with a path, a repository, prose pages, aliases, tags, an
    /// asset, an onboarding path with a self-check, printable packets). The fixture is copied out of the repository first so
    /// the build sees no git work tree around it.
    /// </summary>
    [Fact]
    public void FixtureHandbookMatchesSnapshot()
    {
        var site = Folders.NewTemp();
        Folders.Copy(Folders.Fixture("handbook"), site);
        var output = Path.Combine(Folders.NewTemp(), "out");

        // A fixed build date: the printable packets print it on their covers.
        var result = new SiteBuilder().Build(new BuildOptions(site, output) { Today = new DateOnly(2026, 1, 15) });

        Assert.Empty(result.Diagnostics);
        // The theme's static files are copied as they are; checking they arrived keeps style edits out of the snapshot.
        Assert.True(File.Exists(Path.Combine(output, "_theme", "style.css")));
        Snapshot.Verify("handbook", Snapshot.OfFolder(output, "_theme/", SiteGen.Emit.OutputManifest.FileName, SiteGen.Build.BuildStamp.FileName));
    }

    /// <summary>
    /// Pages of a handbook built from git with two tagged versions (see <see cref="History.VersionedSite"/>), on a day the
    /// current pricing policy is due for review: an older version's page, the changes since the previous version, a page's
    /// word diff, and the page due for review with its history. Commits have fixed authors and dates, so their hashes are fixed.
    /// </summary>
    [Fact]
    public void VersionedHandbookMatchesSnapshot()
    {
        var repo = History.VersionedSite.Create();
        var output = Path.Combine(Folders.NewTemp(), "out");

        var result = new SiteBuilder().Build(new BuildOptions(repo.Site, output) { Today = new DateOnly(2027, 7, 1) });

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Snapshot.Verify("versioned", Snapshot.OfFiles(output,
            "v1/policies/pricing/index.html", "v2/whats-new/index.html", "v2/whats-new/policies/pricing/index.html", "policies/pricing/index.html"));
    }
}
