using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Maps positions in Markdown taken from a YAML scalar back to the data file. YAML strips indentation, and folded or multi-line
/// scalars join lines, so each source line's text is found in the value and remembered with where it starts in the file.
/// </summary>
public sealed class MarkdownOrigin
{
    private readonly string _file;
    private readonly int[] _lineStarts;
    private readonly (int ValueIndex, int Line, int Column)[] _segments;

    public MarkdownOrigin(string file, string value, IReadOnlyList<(int ValueIndex, int Line, int Column)> segments, string baseFolder)
    {
        _file = file;
        BaseFolder = baseFolder;
        var starts = new List<int> { 0 };
        for (var i = 0; i < value.Length; i++)
            if (value[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
        _segments = segments.ToArray();
    }

    /// <summary>The folder relative links in this Markdown resolve from.</summary>
    public string BaseFolder { get; }

    /// <summary>Maps a 0-based line and column in the Markdown text to a 1-based position in the file.</summary>
    public SourceLocation Map(int markdownLine, int markdownColumn)
    {
        var index = _lineStarts[Math.Clamp(markdownLine, 0, _lineStarts.Length - 1)] + markdownColumn;
        if (_segments.Length == 0) return new SourceLocation(_file, 1, 1);
        var segment = _segments[0];
        foreach (var candidate in _segments)
        {
            if (candidate.ValueIndex > index) break;
            segment = candidate;
        }
        return new SourceLocation(_file, segment.Line, segment.Column + Math.Max(0, index - segment.ValueIndex));
    }
}
