using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Parse;

namespace SiteGen.Render;

/// <summary>Turns a parsed (and link-resolved) Markdown document into HTML with the build's pipeline.</summary>
public sealed class MarkdownHtml(MarkdownParser parser)
{
    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        parser.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public string? RenderOrNull(MarkdownDocument? document)
    {
        if (document is null) return null;
        var html = Render(document);
        return html.Trim().Length == 0 ? null : html;
    }
}
