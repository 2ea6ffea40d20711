using SiteGen.Diagnostics;

namespace SiteGen.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, IReadOnlyList<StageTiming> Timings, bool Written)
{
    /// <summary>The files of the built site, in memory; empty when the build had errors.</summary>
    public IReadOnlyList<Emit.OutputFile> Files { get; init; } = [];

    /// <summary>Whether the output was already built from the same inputs, so nothing was built or written.</summary>
    public bool UpToDate { get; init; }

    /// <summary>The search index, when the build left it to be made later (<see cref="BuildOptions.DeferSearch"/>).</summary>
    public Emit.DeferredFolder? SearchLater { get; init; }

    /// <summary>The path the site is served under (base_url's path), "/" when unknown.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>How many pages went through the templates; the others were unchanged since the last build with the same cache.</summary>
    public int RenderedPages { get; init; }

    /// <summary>How many files the emit wrote and how many it left as they were.</summary>
    public Emit.EmitResult? Emitted { get; init; }

    /// <summary>The folder of the theme the site uses, so the dev server can watch it too.</summary>
    public string? ThemeFolder { get; init; }

    /// <summary>What the build could not show and why it is no problem (outside git, say), for the console; said once per build.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The older versions built from git this time, by name.</summary>
    public IReadOnlyList<string> VersionsBuilt { get; init; } = [];

    /// <summary>The older versions left as the last build wrote them, because nothing they show had changed.</summary>
    public IReadOnlyList<string> VersionsReused { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
