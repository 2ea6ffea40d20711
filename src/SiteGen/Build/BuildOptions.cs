namespace SiteGen.Build;

/// <summary>What to build: the site folder, and where to write it (SITE/_site when not given).</summary>
public sealed record BuildOptions(string SitePath, string? OutputPath = null, bool WriteOutput = true)
{
    public string ResolvedOutput => Path.GetFullPath(OutputPath ?? Path.Combine(SitePath, "_site"));

    /// <summary>Treat warnings as errors: report them as such and write nothing.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// The build date: printed on packets' covers, and the day reviews fall due by. Today's date (UTC) when not given, so tests
    /// and snapshots can fix it.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Report reviews whose date has passed as errors rather than warnings, for a scheduled CI job that must fail.</summary>
    public bool OverdueIsError { get; init; }

    /// <summary>Build the versions sitegen.yml names from git as well; checks and the dev server look at the current files only.</summary>
    public bool IncludeVersions { get; init; } = true;

    /// <summary>Parse results to reuse from earlier builds in this process; each build starts afresh without one.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>
    /// Make the printable packets only when their bytes are asked for (<see cref="Emit.OutputFile.Later"/>): the dev server
    /// rebuilds on every save, and the whole handbook's packet grows with the handbook. Their template errors then show in
    /// the packet itself.
    /// </summary>
    public bool DeferPackets { get; init; }

    /// <summary>
    /// Leave the search index to be made after the build (<see cref="BuildResult.SearchLater"/>), unless another file would be
    /// written under its folder: the dev server's reload need not wait for an index no page needs to show.
    /// </summary>
    public bool DeferSearch { get; init; }

    /// <summary>
    /// The files (full paths) changed since the last build with the same <see cref="Cache"/>, as a file watcher saw them; null
    /// when not known. When they are only pages whose edit changed nothing the rest of the site shows of them, only those
    /// pages are built again (see <see cref="PageEditBuild"/>).
    /// </summary>
    public IReadOnlyList<string>? ChangedPaths { get; init; }

    /// <summary>Told the name of each pipeline stage as it starts, for progress displays.</summary>
    public Action<string>? OnStage { get; init; }
}
