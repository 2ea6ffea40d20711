using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// What a written site was built from and what its build reported, kept in the output folder (<see cref="FileName"/>). A
/// build whose inputs hash to the same <see cref="Inputs"/> (see <see cref="InputHash"/>) would write the same bytes, so it
/// reports the same again and leaves the output as it is.
/// </summary>
/// <param name="Versions">The older versions the site holds, by name.</param>
public sealed record BuildStamp(string Inputs, int PageCount, int FileCount, IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Notes, IReadOnlyList<string> Versions)
{
    public const string FileName = Emit.OutputManifest.StampFileName;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The stamp of the site in <paramref name="output"/>; null when there is none or it cannot be read.</summary>
    public static BuildStamp? Read(string output)
    {
        try
        {
            var path = Path.Combine(output, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<BuildStamp>(File.ReadAllBytes(path), Json) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
