using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse;

/// <summary>
/// The plain text of Markdown inlines, for headings, titles and summaries. <see cref="Search.SectionText"/> reads a page's
/// text by the same rules, and so does <see cref="PageBodyReader"/> when it keeps a page's text; the three change together.
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
        document is null ? "" : string.Join(" ", document.Descendants<LeafBlock>().Select(Of).Where(t => t.Length > 0));

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, builder);
                break;
        }
    }
}
