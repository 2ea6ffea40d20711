using System.Text;
using SiteGen.Emit;

namespace SiteGen.Build;

/// <summary>
/// Written into each older version's folder: a key of everything the version's pages show, and its pages' URLs. A later build
/// whose key is the same keeps the version's files as they are, and still knows its pages for the other versions' switchers.
/// </summary>
public sealed record VersionStamp(string Key, IReadOnlyList<string> Urls)
{
    public const string FileName = ".sitegen-version";
    private const string Header = "# Written by SiteGen: the key of this version's build, then its pages' URLs.";

    public static VersionStamp? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        return lines.Length < 2 || lines[0] != Header ? null : new VersionStamp(lines[1], lines[2..]);
    }

    public OutputFile ToFile(string versionFolder) =>
        OutputFile.FromBytes($"{versionFolder}/{FileName}", Encoding.UTF8.GetBytes(string.Join('\n', [Header, Key, .. Urls]) + "\n"));
}
