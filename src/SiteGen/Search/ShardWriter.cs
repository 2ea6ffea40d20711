using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SiteGen.Emit;

namespace SiteGen.Search;

/// <summary>
/// Writes the tokens and their postings as <c>search/t/N.json</c> shards: tokens sharing a prefix, a prefix whose shard grows
/// too large split by its next character.
/// </summary>
internal static class ShardWriter
{
    /// <summary>The shards in the order of their prefixes, numbered in that order.</summary>
    /// <param name="postings">Each token's postings, by the token's number.</param>
    public static List<(string Prefix, OutputFile File)> Write(IReadOnlyList<string> tokens, IReadOnlyList<PostingList> postings,
        CancellationToken cancel = default)
    {
        var order = Enumerable.Range(0, tokens.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(tokens[a], tokens[b]));
        var sizes = new int[tokens.Count];
        foreach (var id in order) sizes[id] = tokens[id].Length + EncodedLength(postings[id].Pairs) + 6;
        var shards = new List<(string Prefix, ArraySegment<int> Tokens)>();
        Split("", order, tokens, sizes, shards);
        shards.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));

        var files = new List<(string, OutputFile)>(shards.Count);
        var buffer = new ArrayBufferWriter<byte>(2 * SearchIndexBuilder.MaxShardBytes);
        foreach (var (prefix, shard) in shards)
        {
            cancel.ThrowIfCancellationRequested();
            buffer.ResetWrittenCount();
            buffer.Write("{"u8);
            foreach (var id in shard)
            {
                if (buffer.WrittenCount > 1) buffer.Write(","u8);
                WriteToken(buffer, tokens[id]);
                buffer.Write(":["u8);
                WritePostings(buffer, postings[id].Pairs);
                buffer.Write("]"u8);
            }
            buffer.Write("}"u8);
            files.Add((prefix, OutputFile.FromBytes($"{SearchIndexBuilder.Folder}t/{files.Count}.json", buffer.WrittenSpan.ToArray())));
        }
        return files;
    }

    /// <summary>Groups tokens under a prefix; a group too large for one small file is split by the next character.</summary>
    /// <param name="tokens">Token numbers in the ordinal order of their text, all starting with <paramref name="prefix"/>.</param>
    private static void Split(string prefix, ArraySegment<int> tokens, IReadOnlyList<string> text, int[] sizes,
        List<(string, ArraySegment<int>)> shards)
    {
        var size = 0;
        var allExact = true;
        foreach (var id in tokens)
        {
            size += sizes[id];
            allExact &= text[id].Length <= prefix.Length;
        }
        if (size <= SearchIndexBuilder.MaxShardBytes || allExact)
        {
            if (tokens.Count > 0) shards.Add((prefix, tokens));
            return;
        }
        // In ordinal order the token equal to the prefix comes first, and tokens sharing the next character sit together.
        var start = 0;
        if (text[tokens[0]].Length == prefix.Length)
        {
            shards.Add((prefix, tokens[..1]));
            start = 1;
        }
        while (start < tokens.Count)
        {
            var next = text[tokens[start]][prefix.Length];
            var end = start + 1;
            while (end < tokens.Count && text[tokens[end]][prefix.Length] == next) end++;
            Split(prefix + next, tokens[start..end], text, sizes, shards);
            start = end;
        }
    }

    /// <summary>How long the postings are as comma-separated numbers.</summary>
    private static int EncodedLength(ReadOnlySpan<int> postings)
    {
        var length = postings.Length - 1;
        foreach (var number in postings) length += Digits(number);
        return length;
    }

    private static int Digits(int number)
    {
        var digits = 1;
        while (number >= 10)
        {
            number /= 10;
            digits++;
        }
        return digits;
    }

    private static void WriteToken(ArrayBufferWriter<byte> buffer, string token)
    {
        // Letters and digits in ASCII are never escaped in JSON; anything else is escaped as the serializer escapes it.
        if (Ascii.IsValid(token))
        {
            var span = buffer.GetSpan(token.Length + 2);
            span[0] = (byte)'"';
            Ascii.FromUtf16(token, span[1..], out var written);
            span[written + 1] = (byte)'"';
            buffer.Advance(written + 2);
        }
        else
        {
            buffer.Write("\""u8);
            buffer.Write(JsonEncodedText.Encode(token).EncodedUtf8Bytes);
            buffer.Write("\""u8);
        }
    }

    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WritePostings(ArrayBufferWriter<byte> buffer, ReadOnlySpan<int> postings)
    {
        for (var p = 0; p < postings.Length; p++)
        {
            var span = buffer.GetSpan(12);
            var at = 0;
            if (p > 0) span[at++] = (byte)',';
            postings[p].TryFormat(span[at..], out var written, default, CultureInfo.InvariantCulture);
            buffer.Advance(at + written);
        }
    }
}
