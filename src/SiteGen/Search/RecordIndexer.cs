using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>Indexes records into runs: weighs their tokens and writes their rows. One indexer serves one thread.</summary>
internal sealed class RecordIndexer(TokenTable table)
{
    private const int ExcerptLength = SearchIndexBuilder.ExcerptLength;

    private static readonly SearchValues<char> OtherWhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ').ToArray());

    private readonly RecordWeigher weigher = new(table);
    private readonly char[] excerpt = new char[ExcerptLength + 1];
    private Utf8JsonWriter? writer;

    public void Index(string url, string title, string section, ReadOnlySpan<char> text, IReadOnlyList<string> keywords, IndexRun run)
    {
        weigher.Weigh(text, keywords, title, run.Weights);
        // The writer and encoder the serializer uses for an array of string arrays, so a row is the bytes it would write.
        if (writer is null) writer = new Utf8JsonWriter(run.Rows);
        else writer.Reset(run.Rows);
        writer.WriteStartArray();
        writer.WriteStringValue(url);
        writer.WriteStringValue(title);
        writer.WriteStringValue(section);
        writer.WriteStringValue(excerpt.AsSpan(0, Excerpt(text, excerpt)));
        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>
    /// Writes the start of the text with its white space collapsed, cut at a word near <see cref="ExcerptLength"/>, and returns
    /// its length. Only the first characters of the collapsed text decide it, so only those are collapsed.
    /// </summary>
    /// <param name="excerpt">At least <see cref="ExcerptLength"/> + 1 characters.</param>
    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Excerpt(ReadOnlySpan<char> text, Span<char> excerpt)
    {
        var collapsed = excerpt[..(ExcerptLength + 1)];
        var length = 0;
        // Most text has single spaces between words and none at its ends, so its start is already collapsed: one more
        // character is checked, as a space there and a space before it would need collapsing.
        var start = text[..Math.Min(text.Length, collapsed.Length + 1)];
        if (start.IndexOfAny(OtherWhiteSpace) < 0 && start.IndexOf("  ") < 0 && !start.StartsWith(' ')
            && (text.Length > collapsed.Length || !text.EndsWith(' ')))
        {
            length = Math.Min(text.Length, collapsed.Length);
            text[..length].CopyTo(collapsed);
        }
        else
        {
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }
                if (space)
                {
                    collapsed[length++] = ' ';
                    space = false;
                    if (length == collapsed.Length) break;
                }
                collapsed[length++] = c;
                if (length == collapsed.Length) break;
            }
        }
        if (length <= ExcerptLength) return length;
        var cut = collapsed.LastIndexOf(' ');
        length = cut > ExcerptLength / 2 ? cut : ExcerptLength;
        excerpt[length] = '…';
        return length + 1;
    }
}
