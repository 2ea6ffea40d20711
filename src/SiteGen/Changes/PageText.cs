using System.Text;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Changes;

/// <summary>The text of a Markdown page as a reader sees it, one entry per heading, paragraph or code block.</summary>
public static class PageText
{
    public static IReadOnlyList<string> Paragraphs(PageBody body)
    {
        var text = new SectionText();
        return body.Blocks
            .Select(block => block.Kind == TextBlockKind.Code ? Encoding.UTF8.GetString(body.Text, block.Start, block.Length) : text.TextOf(body, block))
            .Where(p => p.Trim().Length > 0)
            .ToList();
    }
}
