namespace SiteGen.History;

/// <summary>git could not be run, or a git command failed; the message says which and why, for the build's one git warning.</summary>
public sealed class GitException(string message, bool missing = false) : Exception(message)
{
    /// <summary>True when git is not installed at all, rather than a command failing.</summary>
    public bool Missing { get; } = missing;
}
