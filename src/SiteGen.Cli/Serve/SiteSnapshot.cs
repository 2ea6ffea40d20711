using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// What the dev server serves: the files of the last good build, and the diagnostics of the last build if it failed.
/// Replaced whole after every build, so a request never sees half of one build and half of another. A printable packet is
/// made when first asked for, so a rebuild does not wait for the whole handbook's, and the search index is made in the
/// background once the build is served (<see cref="Later"/>).
/// </summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, Lazy<byte[]>> Files, IReadOnlyList<Diagnostic> Errors, int Version)
{
    /// <summary>The build's search index, made in the background; null when the build made it with the rest.</summary>
    public BackgroundFolder? Later { get; init; }
}
