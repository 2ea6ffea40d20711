namespace SiteGen.Render;

/// <summary>Puts pieces of UTF-8 into a frame of it, each in place of a range, without the text being decoded and encoded again.</summary>
internal static class ByteSplice
{
    /// <summary>
    /// <paramref name="frame"/> with <paramref name="pieces"/>[i] in place of the range <paramref name="places"/>[i]; the ranges
    /// in order, and empty where a piece goes in between bytes.
    /// </summary>
    public static byte[] Spliced(ReadOnlySpan<byte> frame, ReadOnlySpan<(int Start, int End)> places, ReadOnlySpan<ReadOnlyMemory<byte>> pieces)
    {
        var length = frame.Length;
        for (var i = 0; i < places.Length; i++) length += pieces[i].Length - (places[i].End - places[i].Start);
        var result = new byte[length];
        int copied = 0, at = 0;
        for (var i = 0; i < places.Length; i++)
        {
            frame[copied..places[i].Start].CopyTo(result.AsSpan(at));
            at += places[i].Start - copied;
            pieces[i].Span.CopyTo(result.AsSpan(at));
            at += pieces[i].Length;
            copied = places[i].End;
        }
        frame[copied..].CopyTo(result.AsSpan(at));
        return result;
    }
}
