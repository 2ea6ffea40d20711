using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Turns parsed (and link-resolved) Markdown into HTML with the build's pipeline: a page's, whose HTML is made when it is parsed
/// but for its links (see <see cref="PageBody"/>), and a data file's, from its syntax tree. When <paramref name="keep"/> is set,
/// each data file's document keeps its HTML for the next build of the same process.
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

    /// <summary>A page's HTML as UTF-8, its links as they resolved put in their places, or null if it has none.</summary>
    public Utf8Html? RenderUtf8(PageBody body) => Html(body) is { Length: > 0 } html ? new Utf8Html(html) : null;

    /// <summary>A page's HTML, or null if it has none but white space.</summary>
    public string? RenderOrNull(PageBody body)
    {
        var html = Encoding.UTF8.GetString(Html(body));
        return html.Trim().Length == 0 ? null : html;
    }

    private byte[] Html(PageBody body)
    {
        if (body.HtmlLinks.Length == 0) return body.Html;
        if (_linkWriter?.Pipeline != parser.Pipeline) _linkWriter = new LinkWriter(parser.Pipeline);
        var writer = _linkWriter;
        // Each part written after the one before into the thread's buffer, then all put in their places at once. A link's
        // closing part is made with its opening, and kept until its place comes after the link's text.
        writer.Clear();
        var closings = new (int Start, int End)[body.Links.Length];
        var places = new (int Start, int End)[body.HtmlLinks.Length];
        var pieces = new (int Start, int End)[places.Length];
        for (var i = 0; i < places.Length; i++)
        {
            var (at, position, part) = body.HtmlLinks[i];
            places[i] = (at, at);
            pieces[i] = part switch
            {
                LinkPart.Closing => closings[position],
                LinkPart.Whole => writer.Whole(body.Links[position]),
                LinkPart.TextOnly => writer.TextOnly(body.Links[position]),
                _ => writer.Opening(body.Links[position], out closings[position]),
            };
        }
        var written = writer.Written;
        return ByteSplice.Spliced(body.Html, places, pieces.Select(piece => written[piece.Start..piece.End]).ToArray());
    }

    /// <summary>A writer of links' parts, set up as the pipeline sets one up for a whole document; one per thread.</summary>
    [ThreadStatic] private static LinkWriter? _linkWriter;

    public string? RenderOrNull(MarkdownDocument? document)
    {
        if (document is null) return null;
        var html = Render(document);
        return html.Trim().Length == 0 ? null : html;
    }
}
