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
/// source text it points into.
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
        var places = new LinkPlaces(writer.GetStringBuilder());
        for (var i = 0; i < renderer.ObjectRenderers.Count; i++)
            if (renderer.ObjectRenderers[i] is LinkInlineRenderer) renderer.ObjectRenderers[i] = places;
        renderer.Render(document);
        writer.Flush();

        var html = Copy(writer.GetStringBuilder());
        var bytes = new byte[Encoding.UTF8.GetByteCount(html)];
        var links = new (int At, LinkInline Link)[places.Found.Count];
        int encoded = 0, read = 0;
        for (var i = 0; i < links.Length; i++)
        {
            var (at, link) = places.Found[i];
            encoded += Encoding.UTF8.GetBytes(html[read..at], bytes.AsSpan(encoded));
            read = at;
            links[i] = (encoded, link);
        }
        Encoding.UTF8.GetBytes(html[read..], bytes.AsSpan(encoded));
        return (bytes, links);
    }

    [ThreadStatic] private static StringWriter? _writer;

    [ThreadStatic] private static char[]? _chars;

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
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock) continue;
            var start = text.Length;
            if (block is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
                blocks.Add(new TextBlock(TextBlockKind.Code, 0, null, start, text.Length - start, []));
                continue;
            }
            links.Clear();
            if (block.Inline is { } inline) Append(inline, text, start, links);
            var (kind, level, id) = block is HeadingBlock heading ? (TextBlockKind.Heading, heading.Level, heading.GetAttributes().Id) : (TextBlockKind.Text, 0, null);
            blocks.Add(new TextBlock(kind, level, id, start, text.Length - start, links.Count == 0 ? [] : [.. links]));
        }
        return Utf8(text, blocks);
    }

    /// <summary>The text as UTF-8, half the memory of a string: the blocks and the places of their links counted in its bytes.</summary>
    private static (byte[] Text, TextBlock[] Blocks) Utf8(StringBuilder text, List<TextBlock> blocks)
    {
        var chars = Copy(text);
        var bytes = new byte[Encoding.UTF8.GetByteCount(chars)];
        var encoded = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var (start, read) = (encoded, block.Start);
            for (var i = 0; i < block.Links.Length; i++)
            {
                var at = block.Start + block.Links[i].At;
                encoded += Encoding.UTF8.GetBytes(chars[read..at], bytes.AsSpan(encoded));
                read = at;
                block.Links[i].At = encoded - start;
            }
            encoded += Encoding.UTF8.GetBytes(chars[read..(block.Start + block.Length)], bytes.AsSpan(encoded));
            blocks[b] = block with { Start = start, Length = encoded - start };
        }
        return (bytes, [.. blocks]);
    }

    /// <summary>What a builder holds, copied into a buffer kept for the thread rather than a string made for each page.</summary>
    private static ReadOnlySpan<char> Copy(StringBuilder text)
    {
        if (_chars is null || _chars.Length < text.Length) _chars = new char[Math.Max(text.Length, 2 * (_chars?.Length ?? 0))];
        text.CopyTo(0, _chars, text.Length);
        return _chars.AsSpan(0, text.Length);
    }

    /// <summary>Appends the text of inlines as <see cref="InlineText"/> reads it, with a place for each link instead of its text.</summary>
    private static void Append(Inline inline, StringBuilder text, int blockStart, List<(int At, LinkInline Link)> links)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case LinkInline link: links.Add((text.Length - blockStart, link)); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text, blockStart, links);
                break;
        }
    }

    private static bool IsOutermost(LinkInline link)
    {
        for (var parent = link.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return false;
        return true;
    }

    /// <summary>Takes a link out of its tree, with copies of the text it points into, so the link alone stays.</summary>
    private static void Detach(LinkInline link)
    {
        link.Remove();
        link.Reference = null;
        foreach (var literal in link.Descendants<LiteralInline>())
            literal.Content = new StringSlice(literal.Content.ToString());
    }
}
