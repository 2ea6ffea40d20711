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
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two builds");
    }
}
