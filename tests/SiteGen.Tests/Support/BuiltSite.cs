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

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Empty(expected.Where(file => !file.Value.AsSpan().SequenceEqual(actual[file.Key])).Select(file => file.Key));
    }
}
