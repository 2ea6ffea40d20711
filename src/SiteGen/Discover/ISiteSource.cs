namespace SiteGen.Discover;

/// <summary>Where a site's files come from: the site folder on disk, or the site as a git revision holds it.</summary>
public interface ISiteSource
{
    /// <summary>The site folder on disk; diagnostics name files relative to it.</summary>
    string Root { get; }

    bool Exists { get; }

    /// <summary>Files under a top-level folder, relative to the site, in ordinal order, leaving out hidden ones.</summary>
    IReadOnlyList<string> ListFiles(string folder);

    /// <summary>A file's text, or null when there is no such file. Pages are read from several threads at once.</summary>
    /// <exception cref="System.Text.DecoderFallbackException">The file is not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    string? ReadText(string relative);

    /// <summary>A file that is copied into the output as it is.</summary>
    SourceFile Asset(string relative);
}
