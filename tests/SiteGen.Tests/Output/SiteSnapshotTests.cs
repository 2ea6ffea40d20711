using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public class SiteSnapshotTests
{
    /// <summary>
    /// The whole generated site of the fixture handbook (base_url with a path, a repository, prose pages, aliases, tags, an
    /// asset). The fixture is copied out of the repository first so the build sees no git work tree around it.
    /// </summary>
    [Fact]
    public void FixtureHandbookMatchesSnapshot()
    {
        var site = Folders.NewTemp();
        Folders.Copy(Folders.Fixture("handbook"), site);
        var output = Path.Combine(Folders.NewTemp(), "out");

        var result = new SiteBuilder().Build(new BuildOptions(site, output));

        Assert.Empty(result.Diagnostics);
        // The theme's static files are copied as they are; checking they arrived keeps style edits out of the snapshot.
        Assert.True(File.Exists(Path.Combine(output, "_theme", "style.css")));
        Snapshot.Verify("handbook", Snapshot.OfFolder(output, "_theme/", SiteGen.Emit.OutputManifest.FileName));
    }
}
