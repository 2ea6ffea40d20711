using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Model;

namespace SiteGen.Parse;

/// <summary>
/// Reads a page's syntax tree into its <see cref="PageBody"/>: the HTML and the text of its blocks with a place for what linking
/// decides of each link, and the links themselves as <see cref="PageLink"/>s, so that nothing holds on to the tree or the source
/// text it points into.
/// </summary>
public sealed class PageBodyReader(MarkdownPipeline pipeline)
{
    public PageBody Read(MarkdownDocument document)
    {
        var leaves = MarkdownTree.LeafBlocks(document);
        var inlines = MarkdownTree.Links(leaves);
        if (inlines.Count == 0 && document.Count == 0) return PageBody.Empty;
        var positions = new Dictionary<LinkInline, int>(inlines.Count, ReferenceEqualityComparer.Instance);
        var links = new PageLink[inlines.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = inlines[i];
            positions[link] = i;
            links[i] = new PageLink(link.Url ?? "", link.Title, link.IsImage, hasText: link.FirstChild is not null, link.Line, link.Column);
        }
        var (html, htmlLinks) = Html(document, positions);
        var (text, blocks) = Text(leaves, positions);
        return new PageBody(links, html, htmlLinks, text, blocks);
    }

    /// <summary>The HTML of the whole page with what linking decides of each link left out, and where each part goes, counted in UTF-8 bytes.</summary>
    private (byte[] Html, LinkPlace[] Links) Html(MarkdownDocument document, Dictionary<LinkInline, int> positions)
    {
        // A renderer is cheap to set up, but the text it writes grows to a page's length: that is kept for the thread's next page.
        var writer = _writer ??= new StringWriter(CultureInfo.InvariantCulture);
        writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var links = new LinkPlaces(writer.GetStringBuilder(), positions);
        for (var i = 0; i < renderer.ObjectRenderers.Count; i++)
            if (renderer.ObjectRenderers[i] is LinkInlineRenderer) renderer.ObjectRenderers[i] = links;
        renderer.Render(document);
        writer.Flush();

        var places = links.Found.Select(found => found.At).ToArray();
        var html = Utf8Text.Encode(Utf8Text.Chars(writer.GetStringBuilder()), places);
        return (html, places.Select((at, i) => links.Found[i] with { At = at }).ToArray());
    }

    [ThreadStatic] private static StringWriter? _writer;

    [ThreadStatic] private static StringBuilder? _text;

    /// <summary>
    /// Renders a link's text as Markdig does (an image's as its alt text) and notes where the parts of the link that linking
    /// decides go, as counts of characters written before them. Each place writes no text, so the renderer knows a line no
    /// longer ends there, as when the link is written: a line break after it is kept. Within an image's alt text, where
    /// Markdig writes only a link's text, so does this, with a place for the text of a link without text of its own.
    /// </summary>
    private sealed class LinkPlaces(StringBuilder output, Dictionary<LinkInline, int> positions) : HtmlObjectRenderer<LinkInline>
    {
        public List<LinkPlace> Found { get; } = [];

        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var position = positions[link];
            if (!renderer.EnableHtmlForInline)
            {
                if (link.FirstChild is null) Place(renderer, position, LinkPart.TextOnly);
                else renderer.WriteChildren(link);
                return;
            }
            if (link.FirstChild is null)
            {
                Place(renderer, position, LinkPart.Whole);
                return;
            }
            Place(renderer, position, LinkPart.Opening);
            renderer.EnableHtmlForInline = !link.IsImage;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            Place(renderer, position, LinkPart.Closing);
        }

        private void Place(HtmlRenderer renderer, int link, LinkPart part)
        {
            renderer.Write(string.Empty);
            Found.Add(new LinkPlace(output.Length, link, part));
        }
    }

    /// <summary>
    /// The text of each leaf block in document order, as <see cref="Search.PageReader"/> and <see cref="Changes.PageText"/> read
    /// it: a code block's lines as they stand, any other block's inline text with a place for the text of each link without
    /// text of its own. The front matter is not text of the page.
    /// </summary>
    private static (byte[] Text, TextBlock[] Blocks) Text(List<LeafBlock> leaves, Dictionary<LinkInline, int> positions)
    {
        var text = (_text ??= new StringBuilder()).Clear();
        var blocks = new List<TextBlock>();
        var links = new List<(int At, int Link)>();
        var start = 0;
        // The text of a link without text of its own is known only once it is linked: its place is kept instead.
        Action<LinkInline> atLink = link => links.Add((text.Length - start, positions[link]));
        foreach (var block in leaves)
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
}
