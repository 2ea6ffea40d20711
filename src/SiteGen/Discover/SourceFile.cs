namespace SiteGen.Discover;

/// <summary>One input file. <see cref="Path"/> is relative to the site folder with forward slashes, as diagnostics show it.</summary>
public sealed record SourceFile(string Path, string FullPath, SourceKind Kind, string? Text)
{
    /// <summary>An asset's bytes when they come from somewhere other than <see cref="FullPath"/> (a git revision).</summary>
    public byte[]? Content { get; init; }

    /// <summary>
    /// Where a page found but not yet read is read from when it is parsed (see <see cref="SiteDiscoverer.Discover(ISiteSource, DiagnosticBag, bool)"/>);
    /// its <see cref="Text"/> is null until then.
    /// </summary>
    public ISiteSource? UnreadFrom { get; init; }
}
