using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// The list of files SiteGen wrote into an output folder, with a hash of each. It marks the folder as SiteGen's (so a later
/// build may replace it) and lets a build leave unchanged files alone.
/// </summary>
public sealed class OutputManifest
{
    public const string FileName = ".sitegen-output";

    /// <summary>The file beside the manifest that says what the site was built from (see Build.BuildStamp).</summary>
    public const string StampFileName = ".sitegen-inputs";
    private const string Header = "# Written by SiteGen, which replaces this folder on every build. One line per file: hash, path.";

    public OutputManifest(IReadOnlyDictionary<string, ulong> hashes) => Hashes = hashes;

    public IReadOnlyDictionary<string, ulong> Hashes { get; }

    public static ulong Hash(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes);

    public static OutputManifest? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length < 18) continue;
            if (ulong.TryParse(line.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
                hashes[line[17..]] = hash;
        }
        return new OutputManifest(hashes);
    }

    public byte[] ToBytes()
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var (path, hash) in Hashes.OrderBy(p => p.Key, StringComparer.Ordinal))
            builder.Append(hash.ToString("x16", CultureInfo.InvariantCulture)).Append(' ').Append(path).Append('\n');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
