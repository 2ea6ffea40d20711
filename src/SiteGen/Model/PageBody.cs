using Markdig.Syntax.Inlines;

namespace SiteGen.Model;

/// <summary>
/// A Markdown page's text as the later stages read it, made from its syntax tree when the page is parsed so the tree can go
/// at once: on a large handbook the trees, with the source texts they point into, were most of the memory.
/// <para>
/// Only links change after parsing: linking points each at its target, and gives one without text of its own its target's
/// title. So the links are kept as they are, taken out of the tree, and the HTML and plain text are kept with a place where
/// each link goes (see <see cref="Parse.PageBodyReader"/>).
/// </para>
/// </summary>
public sealed class PageBody
{
    public static readonly PageBody Empty = new([], [], [], [], []);

    internal PageBody(IReadOnlyList<LinkInline> links, byte[] html, (int At, LinkInline Link)[] htmlLinks, byte[] text, TextBlock[] blocks)
    {
        Links = links;
        Html = html;
        HtmlLinks = htmlLinks;
        Text = text;
        Blocks = blocks;
    }

    /// <summary>The body with its HTML and links alone, once search and the comparison of versions have read its text.</summary>
    public PageBody WithoutText() => new(Links, Html, HtmlLinks, [], []);

    /// <summary>Every link of the page in document order, as linking resolves them; a link inside another (an image in a link) too.</summary>
    public IReadOnlyList<LinkInline> Links { get; }

    /// <summary>The page's HTML as UTF-8 with each outermost link left out, and where each of those goes, in order.</summary>
    internal byte[] Html { get; }

    internal (int At, LinkInline Link)[] HtmlLinks { get; }

    /// <summary>The plain text of every block that holds text as UTF-8, one after another (see <see cref="TextBlock"/>).</summary>
    internal byte[] Text { get; }

    /// <summary>The page's blocks that hold text (paragraphs, headings, code…) in document order.</summary>
    internal TextBlock[] Blocks { get; }
}
