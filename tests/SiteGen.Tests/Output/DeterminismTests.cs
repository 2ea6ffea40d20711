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
        var a = Folders.ReadAll(first);
        var b = Folders.ReadAll(second);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a.Where(f => f.Key != BuildStamp.FileName))
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two builds");
        Assert.Equal(WithoutFileStates(BuildStamp.Read(first)), WithoutFileStates(BuildStamp.Read(second)));
    }

    /// <summary>
    /// The stamp without the files' sizes and times, which it keeps only once every file is two seconds old: a build that
    /// follows a checkout that closely, as one in CI may, keeps none, and the next one does.
    /// </summary>
    private static string WithoutFileStates(BuildStamp? stamp)
    {
        Assert.NotNull(stamp);
        return System.Text.Encoding.UTF8.GetString((stamp with { FileStates = null }).ToBytes());
    }
}
