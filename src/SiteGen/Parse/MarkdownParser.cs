using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace SiteGen.Parse;

/// <summary>The one Markdig pipeline of a build: shared by every parse and render, which Markdig allows across threads.</summary>
public sealed class MarkdownParser
{
    public MarkdownParser(bool allowHtml)
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
            .UseDefinitionLists()
            .UseAutoLinks()
            .UsePreciseSourceLocation();
        if (!allowHtml) builder.DisableHtml();
        Pipeline = builder.Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);
}
