using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse;

/// <summary>
/// The plain text of Markdown inlines, for headings, titles, summaries and the text a page keeps (<see cref="PageBodyReader"/>).
/// <see cref="Search.SectionText"/> reads a page's links by the same rules; the two change together.
/// </summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        // Most headings and titles are a single run of text, which needs no builder.
        if (container.FirstChild is LiteralInline { NextSibling: null } only) return only.Content.AsSpan().Trim().ToString();
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    /// <summary>The text of a whole document (a definition, a description), its blocks joined by spaces.</summary>
    public static string OfDocument(MarkdownDocument? document) =>
        document is null ? "" : string.Join(" ", MarkdownTree.LeafBlocks(document).Select(Of).Where(t => t.Length > 0));

    /// <summary>
    /// Appends the text of inlines. A link without text of its own, whose text is its target's title once it is linked, is given
    /// to <paramref name="atLink"/> in its place, when there is one.
    /// </summary>
    internal static void Append(Inline inline, StringBuilder builder, Action<LinkInline>? atLink = null)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case LinkInline { FirstChild: null } link when atLink is not null: atLink(link); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, builder, atLink);
                break;
        }
    }
}
