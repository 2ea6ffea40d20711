using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>
/// How each Markdown page's links resolved, by source path, and the means to resolve a page's links again against the rest of
/// the site as it was linked: an edit to one page's text needs only that page's links resolved.
/// </summary>
public sealed class PageLinks(LinkResolver resolver, IReadOnlyDictionary<string, string> titles,
    IReadOnlyDictionary<string, IReadOnlySet<string>> anchors)
{
    private readonly Dictionary<string, ResolvedLinks> _resolved = new(StringComparer.Ordinal);

    /// <summary>How the links of the page at <paramref name="sourcePath"/> resolved when the site was linked or last revised.</summary>
    public ResolvedLinks Of(string sourcePath) => _resolved[sourcePath];

    /// <summary>Resolves the links of <paramref name="body"/> as the text of <paramref name="page"/>; nothing is recorded.</summary>
    public ResolvedLinks Resolve(Page page, PageBody body)
    {
        var diagnostics = new DiagnosticBag();
        var targets = resolver.Resolve(body, ContextOf(page), diagnostics);
        return new ResolvedLinks(targets, diagnostics.ToSortedList());
    }

    /// <summary>Records how a page's links resolved.</summary>
    public void Record(Page page, ResolvedLinks links) => _resolved[page.SourcePath] = links;

    /// <summary>The title the page's links are listed under in the backlinks of the pages they lead to.</summary>
    public string TitleOf(Page page) => titles.GetValueOrDefault(page.Url) ?? page.FrontMatter.Title;

    private DocumentContext ContextOf(Page page) =>
        new(page.Url, TitleOf(page), page.BaseFolder,
            (line, column) => new SourceLocation(page.SourcePath, line + 1, column + 1), anchors[page.Url]);
}
