using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse;

/// <summary>
/// The links and images of a Markdown document in document order, as Markdig's <c>Descendants&lt;LinkInline&gt;()</c> lists
/// them, a link before the links in its text. Walked here directly: that iterator stacks every block and inline of the
/// document one at a time, which came to a twentieth of parsing a large handbook.
/// </summary>
internal static class MarkdownLinks
{
    public static List<LinkInline> Of(ContainerBlock document)
    {
        var found = new List<LinkInline>();
        Add(document, found);
        return found;
    }

    private static void Add(ContainerBlock container, List<LinkInline> found)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ContainerBlock inner) Add(inner, found);
            else if (container[i] is LeafBlock { Inline: { } inline }) Add(inline, found);
        }
    }

    private static void Add(ContainerInline container, List<LinkInline> found)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link) found.Add(link);
            if (inline is ContainerInline inner) Add(inner, found);
        }
    }
}
