using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SiteGen.Parse;

namespace SiteGen.Changes;

/// <summary>The text of a Markdown document as a reader sees it, one entry per heading, paragraph or code block.</summary>
public static class PageText
{
    public static IReadOnlyList<string> Paragraphs(MarkdownDocument? document)
    {
        if (document is null) return [];
        var paragraphs = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                    break;
                case CodeBlock code:
                    paragraphs.Add(code.Lines.ToString());
                    break;
                default:
                    paragraphs.Add(InlineText.Of(block));
                    break;
            }
        }
        return paragraphs.Where(p => p.Trim().Length > 0).ToList();
    }
}
