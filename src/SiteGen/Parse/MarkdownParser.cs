using System.Buffers;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace SiteGen.Parse;

/// <summary>The one Markdig pipeline of a build: shared by every parse and render, which Markdig allows across threads.</summary>
public sealed class MarkdownParser
{
    /// <summary>
    /// The same pipeline less the autolink extension, for text where it cannot find a link. That extension is asked about
    /// every h, f, m, t and w in the text, which cuts the text into short pieces and takes nearly half the time of parsing a
    /// typical page; where none of its prefixes occurs it never matches, and the document is the same without it.
    /// </summary>
    private readonly MarkdownPipeline _withoutAutoLinks;

    public MarkdownParser(bool allowHtml)
    {
        AllowHtml = allowHtml;
        Pipeline = Build(allowHtml, autoLinks: true);
        _withoutAutoLinks = Build(allowHtml, autoLinks: false);
    }

    /// <summary>Whether raw HTML in the Markdown is kept (allow_html in sitegen.yml).</summary>
    public bool AllowHtml { get; }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string text) => Markdown.Parse(text, MayHoldAutoLink(text) ? Pipeline : _withoutAutoLinks);

    /// <summary>
    /// Whether the text holds a prefix the autolink extension starts a link with: http://, https://, ftp://, www., mailto:
    /// or tel:, which it matches exactly, case and all.
    /// </summary>
    private static bool MayHoldAutoLink(string text) => text.AsSpan().ContainsAny(AutoLinkPrefixes);

    // Searched for all at once, in one pass over the text.
    private static readonly SearchValues<string> AutoLinkPrefixes = SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.Ordinal);

    private static MarkdownPipeline Build(bool allowHtml, bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists();
        if (autoLinks) builder.UseAutoLinks();
        builder.UsePreciseSourceLocation();
        if (!allowHtml) builder.DisableHtml();
        return builder.Build();
    }
}
