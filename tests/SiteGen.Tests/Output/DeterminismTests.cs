using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public class DeterminismTests
{
    [Theory]
    [InlineData("content")]
    [InlineData("tests/SiteGen.Tests/Fixtures/handbook")]
    public void TwoBuildsOfTheSameInputAreByteIdentical(string site)
    {
        var root = Path.Combine(Folders.RepositoryRoot(), site);
        var first = Path.Combine(Folders.NewTemp(), "a");
        var second = Path.Combine(Folders.NewTemp(), "b");

        var resultA = new SiteBuilder().Build(new BuildOptions(root, first));
        var resultB = new SiteBuilder().Build(new BuildOptions(root, second));

        Assert.True(resultA.Written && resultB.Written, string.Join("\n", resultA.Diagnostics.Concat(resultB.Diagnostics)));
        BuiltSite.AssertByteIdentical(first, second);
    }

    [Fact]
    public void ABuildOfJustWrittenFilesWritesWhatALaterBuildDoes()
    {
        var root = Path.Combine(Folders.NewTemp(), "site");
        Folders.Copy(Folders.Fixture("handbook"), root);
        var first = Path.Combine(Folders.NewTemp(), "a");
        var second = Path.Combine(Folders.NewTemp(), "b");

        Assert.True(new SiteBuilder().Build(new BuildOptions(root, first)).Written);
        var settled = DateTime.UtcNow.AddMinutes(-1);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)) entry.LastWriteTimeUtc = settled;
        Assert.True(new SiteBuilder().Build(new BuildOptions(root, second)).Written);

        // The copy was too new for the first build to keep the files' times, and old enough for the second.
        Assert.Null(BuildStamp.Read(first)?.FileStates);
        Assert.NotNull(BuildStamp.Read(second)?.FileStates);
        BuiltSite.AssertByteIdentical(first, second);
    }
}
