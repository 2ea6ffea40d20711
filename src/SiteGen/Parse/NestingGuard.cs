namespace SiteGen.Parse;

/// <summary>
/// Finds Markdown nested so deeply that parsing it would take minutes (Markdig's time grows with the square of the nesting)
/// before Markdig is asked to: hundreds of levels of lists or quotes are never what an author meant.
/// </summary>
public static class NestingGuard
{
    public const int MaxIndent = 200;
    public const int MaxMarkers = 50;

    /// <summary>The 1-based line and column where the text first nests too deeply, if it does.</summary>
    public static (int Line, int Column)? FindTooDeep(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var indent = 0;
            var markers = 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == ' ') indent++;
                else if (c == '\t') indent += 4;
                else if (c is '>' or '-' or '*' or '+' && (i + 1 >= end || text[i + 1] is ' ' or '\t' or '>')) markers++;
                else break;
                if (indent > MaxIndent || markers > MaxMarkers) return (line, i - start + 1);
            }
            line++;
            start = end + 1;
        }
        return null;
    }
}
