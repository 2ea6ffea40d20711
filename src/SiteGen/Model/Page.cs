using Markdig.Syntax;

namespace SiteGen.Model;

/// <summary>A Markdown file under pages/. <see cref="Url"/> is relative to the site root: "a/b/", or "" for the home page.</summary>
public sealed record Page(
    string SourcePath,
    string Url,
    FrontMatter FrontMatter,
    MarkdownDocument Document,
    IReadOnlyList<Heading> Headings)
{
    /// <summary>The folder the page's relative links resolve from, relative to the site root.</summary>
    public string BaseFolder => SourcePath[..(SourcePath.LastIndexOf('/') + 1)];
}
