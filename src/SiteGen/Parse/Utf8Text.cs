using System.Text;

namespace SiteGen.Parse;

/// <summary>
/// Text made in a builder, encoded as UTF-8 with places in it kept: a page's HTML and block text are written once to a builder,
/// and held as UTF-8 with the places where its links go.
/// </summary>
internal static class Utf8Text
{
    [ThreadStatic] private static char[]? _chars;

    /// <summary>
    /// What a builder holds, copied into a buffer kept for the thread (a builder's chunks may split a character in two, and a
    /// string for each page would be garbage at once); valid until the thread asks again.
    /// </summary>
    public static ReadOnlySpan<char> Chars(StringBuilder text)
    {
        if (_chars is null || _chars.Length < text.Length) _chars = new char[Math.Max(text.Length, 2 * (_chars?.Length ?? 0))];
        text.CopyTo(0, _chars, text.Length);
        return _chars.AsSpan(0, text.Length);
    }

    /// <summary>
    /// The text as UTF-8, with <paramref name="places"/>, offsets in the text in ascending order and none inside a character,
    /// turned into offsets in the bytes.
    /// </summary>
    public static byte[] Encode(ReadOnlySpan<char> text, Span<int> places)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        int encoded = 0, read = 0;
        foreach (ref var place in places)
        {
            encoded += Encoding.UTF8.GetBytes(text[read..place], bytes.AsSpan(encoded));
            read = place;
            place = encoded;
        }
        Encoding.UTF8.GetBytes(text[read..], bytes.AsSpan(encoded));
        return bytes;
    }
}
