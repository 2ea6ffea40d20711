namespace SiteGen.Model;

/// <summary>
/// A link or image of a page as its author wrote it, and, once the page is linked, what it resolved to. A page keeps its links
/// in one array of these rather than as Markdig's inlines: a large handbook has tens of thousands of links, and each inline,
/// with its text, attributes and data, was several objects held from parsing to rendering.
/// </summary>
public struct PageLink(string url, string? title, bool isImage, bool hasText, int line, int column)
{
    /// <summary>The URL as written, which every resolution starts from (the dev server resolves a kept page again).</summary>
    public string Url { get; } = url;

    /// <summary>The link's title, as in [text](url "title").</summary>
    public string? Title { get; } = title;

    public bool IsImage { get; } = isImage;

    /// <summary>Whether the author gave the link text (an image, alt text) of their own; one without is given its target's title.</summary>
    public bool HasText { get; } = hasText;

    /// <summary>The zero-based line and column the link starts at in the page's file.</summary>
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Where the link leads in the built site; null to leave it as written (an external link, or one that did not resolve).</summary>
    public string? Href { get; private set; }

    /// <summary>The classes of a link to a role, stage, activity or term, shared by all such links.</summary>
    public string[]? Classes { get; private set; }

    /// <summary>A term's definition as plain text, shown when a reader hovers or focuses a term: link.</summary>
    public string? Tooltip { get; private set; }

    /// <summary>The text given to a link without text of its own: its target's title.</summary>
    public string? Text { get; private set; }

    /// <summary>Records what the link resolved to, replacing what an earlier resolution recorded.</summary>
    public void Resolve(string? href, string[]? classes, string? tooltip, string? text) =>
        (Href, Classes, Tooltip, Text) = (href, classes, tooltip, HasText ? null : text);
}
