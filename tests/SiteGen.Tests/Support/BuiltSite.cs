using SiteGen.Build;
using SiteGen.Emit;

namespace SiteGen.Tests.Support;

/// <summary>The files of a built site, for comparing two builds of one site made in different ways.</summary>
public static class BuiltSite
{
    /// <summary>
    /// Every file the build wrote, less its bookkeeping: the stamps hold the hash of all a build was made from, the tool and
    /// the theme's files included, and the manifest lists the stamps' hashes.
    /// </summary>
    public static SortedDictionary<string, byte[]> Files(string output)
    {
        var bookkeeping = new[] { BuildStamp.FileName, VersionStamp.FileName, OutputManifest.FileName };
        return new(Folders.ReadAll(output).Where(f => !bookkeeping.Contains(Path.GetFileName(f.Key))).ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>Every file of a build made in memory.</summary>
    public static SortedDictionary<string, byte[]> Files(BuildResult result) =>
        new(result.Files.ToDictionary(f => f.Path, f => f.ReadBytes()), StringComparer.Ordinal);

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Empty(expected.Where(file => !file.Value.AsSpan().SequenceEqual(actual[file.Key])).Select(file => file.Key));
    }

    /// <summary>
    /// Asserts that two builds of one input wrote the same files, byte for byte. The stamp is compared without the files'
    /// sizes and times, which it keeps only once every file is two seconds old: a build that follows a checkout or a copy of
    /// the theme that closely, as one in CI may, keeps none, and the next one does.
    /// </summary>
    public static void AssertByteIdentical(string first, string second)
    {
        var a = Folders.ReadAll(first);
        var b = Folders.ReadAll(second);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a.Where(f => f.Key != BuildStamp.FileName))
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two builds");
        Assert.Equal(WithoutFileStates(BuildStamp.Read(first)), WithoutFileStates(BuildStamp.Read(second)));
    }

    private static string WithoutFileStates(BuildStamp? stamp)
    {
        Assert.NotNull(stamp);
        return System.Text.Encoding.UTF8.GetString((stamp with { FileStates = null }).ToBytes());
    }
}
