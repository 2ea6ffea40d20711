namespace SiteGen.Build;

/// <summary>What to build: the site folder, and where to write it (SITE/_site when not given).</summary>
public sealed record BuildOptions(string SitePath, string? OutputPath = null, bool WriteOutput = true)
{
    public string ResolvedOutput => Path.GetFullPath(OutputPath ?? Path.Combine(SitePath, "_site"));

    /// <summary>Treat warnings as errors: report them as such and write nothing.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Told the name of each pipeline stage as it starts, for progress displays.</summary>
    public Action<string>? OnStage { get; init; }
}
