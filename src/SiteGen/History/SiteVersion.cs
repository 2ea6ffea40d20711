namespace SiteGen.History;

/// <summary>
/// A version of the site published from git: its name (the tag or branch), the folder it is built into under the output,
/// the commit it is built from and that commit's date (UTC).
/// </summary>
public sealed record SiteVersion(string Name, string Folder, string Commit, DateOnly Date);
