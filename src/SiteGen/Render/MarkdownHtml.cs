using System.Buffers;
using System.Globalization;
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
        if (_linkRenderer?.Pipeline != parser.Pipeline) _linkRenderer = NewLinkRenderer();
        var (_, renderer, writer, links) = _linkRenderer.Value;
        // Each link rendered after the one before into the thread's buffer, then all put in their places at once.
        links.ResetWrittenCount();
        var places = new (int Start, int End)[body.HtmlLinks.Length];
        var ends = new int[places.Length];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = (body.HtmlLinks[i].At, body.HtmlLinks[i].At);
            var written = writer.GetStringBuilder().Clear();
            renderer.Write(body.HtmlLinks[i].Link);
            Encoding.UTF8.GetBytes(Utf8Text.Chars(written), links);
            ends[i] = links.WrittenCount;
        }
        var pieces = new ReadOnlyMemory<byte>[places.Length];
        for (var i = 0; i < pieces.Length; i++) pieces[i] = links.WrittenMemory[(i == 0 ? 0 : ends[i - 1])..ends[i]];
        return ByteSplice.Spliced(body.Html, places, pieces);
    }

    /// <summary>A renderer of single links, set up as the pipeline sets one up for a whole document; one per thread.</summary>
    [ThreadStatic] private static (MarkdownPipeline Pipeline, HtmlRenderer Renderer, StringWriter Writer, ArrayBufferWriter<byte> Links)? _linkRenderer;

    private (MarkdownPipeline, HtmlRenderer, StringWriter, ArrayBufferWriter<byte>) NewLinkRenderer()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        parser.Pipeline.Setup(renderer);
        return (parser.Pipeline, renderer, writer, new ArrayBufferWriter<byte>());
    }

    public string? RenderOrNull(MarkdownDocument? document)
    {
        if (document is null) return null;
        var html = Render(document);
        return html.Trim().Length == 0 ? null : html;
    }
}
