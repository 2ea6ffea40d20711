using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Model;

namespace SiteGen.Parse;

/// <summary>
/// Reads a page's syntax tree into its <see cref="PageBody"/>: the HTML and the text of its blocks with a place for each link,
/// and the links themselves, taken out of the tree with their own text copied, so that nothing holds on to the tree or the
/// source text it points into (see <see cref="Detach"/> for the one exception).
/// </summary>
public sealed class PageBodyReader(MarkdownPipeline pipeline)
{
    public PageBody Read(MarkdownDocument document)
    {
        var links = document.Descendants<LinkInline>().ToList();
        if (links.Count == 0 && document.Count == 0) return PageBody.Empty;
        var (html, htmlLinks) = Html(document);
        var (text, blocks) = Text(document);
        foreach (var link in links)
            if (IsOutermost(link)) Detach(link);
        return new PageBody(links, html, htmlLinks, text, blocks);
    }

    /// <summary>The HTML of the whole page with each outermost link left out, and where each goes, counted in UTF-8 bytes.</summary>
    private (byte[] Html, (int At, LinkInline Link)[] Links) Html(MarkdownDocument document)
    {
        // A renderer is cheap to set up, but the text it writes grows to a page's length: that is kept for the thread's next page.
        var writer = _writer ??= new StringWriter(CultureInfo.InvariantCulture);
        writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var links = new LinkPlaces(writer.GetStringBuilder());
        for (var i = 0; i < renderer.ObjectRenderers.Count; i++)
            if (renderer.ObjectRenderers[i] is LinkInlineRenderer) renderer.ObjectRenderers[i] = links;
        renderer.Render(document);
        writer.Flush();

        var places = links.Found.Select(found => found.At).ToArray();
        var html = Utf8Text.Encode(Utf8Text.Chars(writer.GetStringBuilder()), places);
        return (html, places.Select((at, i) => (at, links.Found[i].Link)).ToArray());
    }

    [ThreadStatic] private static StringWriter? _writer;

    [ThreadStatic] private static StringBuilder? _text;

    /// <summary>
    /// Renders nothing for a link but notes where it goes, as a count of characters written before it. It writes no text,
    /// so the renderer knows a line no longer ends there, as when the link is written: a line break after it is kept.
    /// </summary>
    private sealed class LinkPlaces(StringBuilder output) : HtmlObjectRenderer<LinkInline>
    {
        public List<(int At, LinkInline Link)> Found { get; } = [];

        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            renderer.Write(string.Empty);
            Found.Add((output.Length, link));
        }
    }

    /// <summary>
    /// The text of each leaf block in document order, as <see cref="Search.PageReader"/> and <see cref="Changes.PageText"/> read
    /// it: a code block's lines as they stand, any other block's inline text with a place for each link's. The front matter
    /// is not text of the page.
    /// </summary>
    private static (byte[] Text, TextBlock[] Blocks) Text(MarkdownDocument document)
    {
        var text = (_text ??= new StringBuilder()).Clear();
        var blocks = new List<TextBlock>();
        var links = new List<(int At, LinkInline Link)>();
        var start = 0;
        // A link's text is known only once it is linked: its place is kept instead.
        Action<LinkInline> atLink = link => links.Add((text.Length - start, link));
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock) continue;
            start = text.Length;
            if (block is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
                blocks.Add(new TextBlock(TextBlockKind.Code, 0, null, start, text.Length - start, []));
                continue;
            }
            links.Clear();
            if (block.Inline is { } inline) InlineText.Append(inline, text, atLink);
            var (kind, level, id) = block is HeadingBlock heading ? (TextBlockKind.Heading, heading.Level, heading.GetAttributes().Id) : (TextBlockKind.Text, 0, null);
            blocks.Add(new TextBlock(kind, level, id, start, text.Length - start, links.Count == 0 ? [] : [.. links]));
        }
        return Utf8(text, blocks);
    }

    /// <summary>The text as UTF-8, half the memory of a string: the blocks and the places of their links counted in its bytes.</summary>
    private static (byte[] Text, TextBlock[] Blocks) Utf8(StringBuilder text, List<TextBlock> blocks)
    {
        // Each block's start and then its links' places, in order; a block ends where the next starts.
        var places = new List<int>(blocks.Count * 2);
        foreach (var block in blocks)
        {
            places.Add(block.Start);
            foreach (var (at, _) in block.Links) places.Add(block.Start + at);
        }
        var offsets = places.ToArray();
        var bytes = Utf8Text.Encode(Utf8Text.Chars(text), offsets);
        var next = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var start = offsets[next++];
            for (var i = 0; i < block.Links.Length; i++) block.Links[i].At = offsets[next++] - start;
            var end = next < offsets.Length ? offsets[next] : bytes.Length;
            blocks[b] = block with { Start = start, Length = end - start };
        }
        return (bytes, [.. blocks]);
    }

    private static bool IsOutermost(LinkInline link)
    {
        for (var parent = link.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return false;
        return true;
    }

    /// <summary>
    /// Takes a link out of its tree, with copies of the source text its inlines point into and without the link reference
    /// definitions it was read from, so the link alone stays. A footnote reference inside a link's text keeps its footnote,
    /// and with it the page's tree: the reference is shown by its footnote's number.
    /// </summary>
    private static void Detach(LinkInline link)
    {
        link.Remove();
        link.Reference = null;
        foreach (var inline in link.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    literal.Content = new StringSlice(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    entity.Original = new StringSlice(entity.Original.ToString());
                    entity.Transcoded = new StringSlice(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    // A code span's text is cut out of the source only when first read; until then it points into it.
                    code.Content = code.Content;
                    code.ContentWithTrivia = new StringSlice(code.ContentWithTrivia.ToString());
                    break;
                case LinkInline nested:
                    nested.Reference = null;
                    break;
            }
        }
    }
}
