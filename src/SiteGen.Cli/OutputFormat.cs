namespace SiteGen.Cli;

/// <summary>How diagnostics are printed: MSBuild lines for editors, GitHub workflow commands for CI annotations, JSON for tools.</summary>
public enum OutputFormat
{
    Msbuild,
    Github,
    Json,
}
