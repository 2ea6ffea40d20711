namespace SiteGen.Model;

/// <summary>
/// A Markdown page's text as the later stages read it, made from its syntax tree when the page is parsed so the tree can go
/// at once: on a large handbook the trees, with the source texts they point into, were most of the memory.
/// <para>
/// Only links change after parsing: linking points each at its target, and gives one without text of its own its target's
/// title. So the HTML and plain text are kept with a place for each part of a link that linking decides, and the links are
/// kept as <see cref="PageLink"/>s (see <see cref="Parse.PageBodyReader"/>).
/// </para>
/// </summary>
public sealed class PageBody
{
    public static readonly PageBody Empty = new([], [], [], [], []);

    internal PageBody(PageLink[] links, byte[] html, LinkPlace[] htmlLinks, byte[] text, TextBlock[] blocks)
    {
        Links = links;
        Html = html;
        HtmlLinks = htmlLinks;
        Text = text;
        Blocks = blocks;
    }

    /// <summary>The body with its HTML and links alone, once search and the comparison of versions have read its text.</summary>
    public PageBody WithoutText() => new(Links, Html, HtmlLinks, [], []);

    /// <summary>Every link and image of the page in document order, as linking resolves them; one inside another's text too.</summary>
    public PageLink[] Links { get; }

    /// <summary>The page's HTML as UTF-8 with what linking decides of each link left out, and where each part goes, in order.</summary>
    internal byte[] Html { get; }

    internal LinkPlace[] HtmlLinks { get; }

    /// <summary>The plain text of every block that holds text as UTF-8, one after another (see <see cref="TextBlock"/>).</summary>
    internal byte[] Text { get; }

    /// <summary>The page's blocks that hold text (paragraphs, headings, code…) in document order.</summary>
    internal TextBlock[] Blocks { get; }
}
