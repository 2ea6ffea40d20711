using System.Text;
using Markdig;
using Markdig.Syntax;
using SiteGen.Parse;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Turns a parsed (and link-resolved) Markdown document into HTML with the build's pipeline. When <paramref name="keep"/> is
/// set, each document keeps its HTML for the next build of the same process.
/// </summary>
public sealed class MarkdownHtml(MarkdownParser parser, bool keep)
{
    private const string HtmlKey = "sitegen.html";

    /// <summary>
    /// The document's HTML. A document kept from an earlier build whose links resolved the same way renders to the same
    /// HTML, so that is reused.
    /// </summary>
    public string Render(MarkdownDocument document)
    {
        var resolution = document.GetData(Link.LinkResolver.ResolutionKey) as string;
        if (resolution is not null && document.GetData(HtmlKey) is (string cachedFor, string cached) && cachedFor == resolution) return cached;
        var html = RenderFresh(document);
        if (keep && resolution is not null) document.SetData(HtmlKey, (resolution, html));
        return html;
    }

    /// <summary>Through the pipeline's own pool of renderers, each set up once, rather than a renderer set up for every page.</summary>
    private string RenderFresh(MarkdownDocument document) => document.ToHtml(parser.Pipeline);

    /// <summary>The document's HTML as UTF-8, or null if it has none.</summary>
    public Utf8Html? RenderUtf8(MarkdownDocument document) => Render(document) is { Length: > 0 } html ? new Utf8Html(Encoding.UTF8.GetBytes(html)) : null;

    public string? RenderOrNull(MarkdownDocument? document)
    {
        if (document is null) return null;
        var html = Render(document);
        return html.Trim().Length == 0 ? null : html;
    }
}
