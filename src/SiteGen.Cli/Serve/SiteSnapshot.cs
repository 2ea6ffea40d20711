using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// What the dev server serves: the files of the last good build, and the diagnostics of the last build if it failed.
/// Replaced whole after every build, so a request never sees half of one build and half of another.
/// </summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Errors, int Version);
