using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse;

/// <summary>
/// The leaf blocks and the links of a Markdown document in document order, as Markdig's <c>Descendants</c> lists them, a link
/// before the links in its text. Walked here directly: that iterator stacks every block and inline of the document one at a
/// time, which came to a twentieth of parsing a large handbook.
/// </summary>
internal static class MarkdownTree
{
    /// <summary>Every leaf block (paragraph, heading, code block…), however deep in lists, quotes and tables.</summary>
    public static List<LeafBlock> LeafBlocks(ContainerBlock document)
    {
        var found = new List<LeafBlock>();
        AddLeaves(document, found);
        return found;
    }

    /// <summary>Every link and image, one inside another's text too.</summary>
    public static List<LinkInline> Links(ContainerBlock document) => Links(LeafBlocks(document));

    /// <summary>Every link and image of these leaf blocks, for a reader that walks the blocks anyway.</summary>
    public static List<LinkInline> Links(List<LeafBlock> leaves)
    {
        var found = new List<LinkInline>();
        foreach (var leaf in leaves)
            if (leaf.Inline is { } inline) AddLinks(inline, found);
        return found;
    }

    private static void AddLeaves(ContainerBlock container, List<LeafBlock> found)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ContainerBlock inner) AddLeaves(inner, found);
            else if (container[i] is LeafBlock leaf) found.Add(leaf);
        }
    }

    private static void AddLinks(ContainerInline container, List<LinkInline> found)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link) found.Add(link);
            if (inline is ContainerInline inner) AddLinks(inner, found);
        }
    }
}
