using System.Runtime.CompilerServices;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Changes;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render;

namespace SiteGen.Tests.Units;

/// <summary>
/// A page's body (<see cref="PageBody"/>) stands in for its syntax tree once the page is parsed: linked, it must give the HTML
/// and text the whole tree gives, linked the same way, and it must hold nothing of the tree or of the source text.
/// </summary>
public class PageBodyTests
{
    private const string Tricky = """
        ---
        title: Tricky
        ---

        # Heading [](role:a) with a link

        Intro with [](role:a)
        at a line start and [](stage:b) at the end
        [](term:c)
        and [a *nested* ![image](x.png) link](p.md) here.

        ## With [link](p.md#x) inside

        Ends in a link [](activity:d)  
        hard break, then www.example.com and <https://example.org>.

        - tight [](role:a)
        - item [two](p.md)
          continued [](term:c)

        1. loose

           [](role:a) starts the paragraph

        > quoted [](stage:b)
        > [ref link][r1] and [r1]

        [r1]: p.md

        | a | b |
        |---|---|
        | [](role:a) | [x](p.md) |

        Term
        :   Definition with [](term:c)

        - [ ] task with [](role:a)

        Footnote[^1].

        [^1]: The note links to [](role:e).

        ```
        code [](role:x) stays
        ```

        [Multi
        line link](p.md) and **[bold](p.md)** and `code`.

        ![](x.png)
        """;

    [Theory]
    [InlineData(Tricky)]
    [InlineData("Just text, no links.\n\n## A heading\n\nMore.")]
    [InlineData("[](role:a)")]
    [InlineData("")]
    [InlineData("Café [naïve](p.md) — “quotes” 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 [](role:a) end")]
    [InlineData(OneLiners)]
    [InlineData("Titled [a](p.md \"T \\\"q\\\" & <b>\"), ![img *alt* `c`](x.png \"Img & title\") and [](role:a 'Role')")]
    [InlineData("# A heading\n\nSee [A heading] and [that][A heading].")]
    [InlineData("![An image of [](role:a) and [her](role:b) \"too\"](x.png) in [a link ![with [](role:c) in it](y.png)](p.md)")]
    [InlineData("[A link whose text runs long enough to span a builder's chunks, with 😀 and more 😀 after it 😀](p.md) [😀](q.md)")]
    public void ALinkedBodyGivesTheHtmlAndTextOfItsWholeTreeLinkedTheSameWay(string markdown)
    {
        var parser = new MarkdownParser(allowHtml: false);
        var tree = parser.Parse(markdown);
        var body = new PageBodyReader(parser.Pipeline).Read(parser.Parse(markdown));
        var treeLinks = tree.Descendants<LinkInline>().ToList();
        Assert.Equal(treeLinks.Count, body.Links.Length);
        Link(treeLinks);
        Link(body.Links);

        var html = new MarkdownHtml(parser, keep: false);
        Assert.Equal(tree.ToHtml(parser.Pipeline), html.RenderUtf8(body)?.ToString() ?? "");
        Assert.Equal(ParagraphsOf(tree), PageText.Paragraphs(body));
    }

    /// <summary>Links a body's links as <see cref="Link(IEnumerable{LinkInline})"/> links a tree's.</summary>
    private static void Link(PageLink[] links)
    {
        for (var i = 0; i < links.Length; i++)
            links[i].Resolve($"/linked/{i + 1}/?a=1&b=<{i + 1}>", ["xref"], $"Tip \"{i + 1}\" & more", $"Title <{i + 1}> & co");
    }

    /// <summary>Paragraphs of one line, which Markdig reads in place from the source text rather than from a copy of their lines.</summary>
    private const string OneLiners = """
        [![CI][badge]](p.md)

        [AT&amp;T `sitegen build` &copy; *now*](p.md)

        [](role:a)

        [badge]: x.svg
        """;

    [Theory]
    [InlineData(Tricky)]
    [InlineData(OneLiners)]
    public void ABodyHoldsNothingOfItsTreeOrItsSourceText(string markdown)
    {
        var parser = new MarkdownParser(allowHtml: false);
        var (body, tree, text) = ReadBody(parser, markdown);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(tree.IsAlive, "the body keeps the syntax tree alive");
        Assert.False(text.IsAlive, "the body keeps the source text alive");
        Link(body.Links);
        var expected = parser.Parse(markdown);
        Link(expected.Descendants<LinkInline>());
        Assert.Equal(expected.ToHtml(parser.Pipeline), new MarkdownHtml(parser, keep: false).RenderUtf8(body)!.ToString());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (PageBody Body, WeakReference Tree, WeakReference Text) ReadBody(MarkdownParser parser, string markdown)
    {
        // A text of its own, not the interned literal, so that it can be collected.
        var text = new StringBuilder(markdown).ToString();
        var tree = parser.Parse(text);
        return (new PageBodyReader(parser.Pipeline).Read(tree), new WeakReference(tree), new WeakReference(text));
    }

    /// <summary>Links as linking does: a new href, a class and a tooltip, and a title for a link without text of its own.</summary>
    private static void Link(IEnumerable<LinkInline> links)
    {
        var i = 0;
        foreach (var link in links)
        {
            i++;
            link.Url = $"/linked/{i}/?a=1&b=<{i}>";
            var attributes = link.GetAttributes();
            attributes.AddClass("xref");
            attributes.AddProperty("data-definition", $"Tip \"{i}\" & more");
            if (link.FirstChild is null) link.AppendChild(new LiteralInline($"Title <{i}> & co"));
        }
    }

    /// <summary>The text of each block read from the tree, as the comparison of versions read it before pages kept bodies.</summary>
    private static List<string> ParagraphsOf(MarkdownDocument document) =>
        document.Descendants<LeafBlock>()
            .Where(block => block is not YamlFrontMatterBlock)
            .Select(block => block is CodeBlock code ? code.Lines.ToString() : InlineText.Of(block))
            .Where(p => p.Trim().Length > 0)
            .ToList();
}
