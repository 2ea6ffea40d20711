using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Discover;

/// <summary>The site folder as it is on disk: the files being edited.</summary>
/// <param name="diagnostics">Where to warn about symbolic links that lead out of the site, which are not followed.</param>
public sealed class DiskSiteSource(string root, DiagnosticBag? diagnostics = null) : ISiteSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists => Directory.Exists(Root);

    public IReadOnlyList<string> ListFiles(string folder) => SiteDiscoverer.ListFiles(Root, folder, diagnostics);

    public string? ReadText(string relative)
    {
        var full = Path.Combine(Root, relative);
        return File.Exists(full) ? File.ReadAllText(full, StrictUtf8) : null;
    }

    public SourceFile Asset(string relative) => new(relative, Path.Combine(Root, relative), SourceKind.Asset, null);
}
