using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Where a piece of Markdown starts in its file. For a YAML block scalar every line keeps its indentation
/// stripped, so a column inside it is the indentation plus the column in the text; for an inline scalar the
/// text starts at <see cref="Column"/> on its first line.
/// </summary>
public sealed record MarkdownOrigin(string File, int Line, int Column, bool IsBlock, string BaseFolder)
{
    /// <summary>Maps a 0-based line and column in the Markdown text to a span in the file.</summary>
    public SourceLocation Map(int markdownLine, int markdownColumn) =>
        IsBlock || markdownLine > 0
            ? new SourceLocation(File, Line + markdownLine, (IsBlock ? Column : 1) + markdownColumn)
            : new SourceLocation(File, Line, Column + markdownColumn);
}
