using System.Runtime.CompilerServices;

namespace SiteGen.Tests.Support;

public static class Folders
{
    /// <summary>The repository's top folder, found from this source file's place in it.</summary>
    public static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    public static string Fixture(string name) => Path.Combine(RepositoryRoot(), "tests", "SiteGen.Tests", "Fixtures", name);

    public static string NewTemp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Every file under a folder with its bytes, for comparing two builds.</summary>
    public static SortedDictionary<string, byte[]> ReadAll(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
