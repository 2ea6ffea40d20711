namespace SiteGen.Discover;

/// <summary>One input file. <see cref="Path"/> is relative to the site folder with forward slashes, as diagnostics show it.</summary>
public sealed record SourceFile(string Path, string FullPath, SourceKind Kind, string? Text);
