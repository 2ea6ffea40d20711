using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Markdown from a data file, parsed. Markdig counts lines and columns from the start of the text;
/// <see cref="Origin"/> maps them back to the data file.
/// </summary>
public sealed class MarkdownText(string text, MarkdownDocument document, MarkdownOrigin origin)
{
    public string Text { get; } = text;
    public MarkdownDocument Document { get; } = document;
    public MarkdownOrigin Origin { get; } = origin;
}
