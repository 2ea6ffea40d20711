using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Folds a text for <see cref="TokenEnumerator"/> into a reusable buffer: lower case, accents removed, and every character
/// that is not a letter or digit left as a separator. One reader serves one thread at a time, so reading the tokens of many
/// texts allocates nothing per text or token.
/// </summary>
/// <remarks>
/// ASCII is lowered a run at a time; only runs of other characters are lowered and decomposed, which gives the same
/// characters as doing it to the whole text: both map each character on its own, and the reordering of accents never moves
/// them past an ASCII character.
/// </remarks>
internal sealed class TokenReader
{
    /// <summary>Room after the folded text, all separators, so it can be scanned a whole block at a time.</summary>
    public const int Padding = TokenEnumerator.BlockLength;

    private char[] folded = new char[1024];
    private char[] lowered = new char[64];
    private char[] decomposed = new char[256];

    public TokenEnumerator Read(ReadOnlySpan<char> text) => new(Fold(text));

    /// <summary>The folded text followed by <see cref="Padding"/> separators.</summary>
    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> text)
    {
        Reserve(0, text.Length);
        var length = 0;
        while (!text.IsEmpty)
        {
            var ascii = text.IndexOfAnyExceptInRange('\0', '\u007f');
            if (ascii < 0) ascii = text.Length;
            Ascii.ToLower(text[..ascii], folded.AsSpan(length), out _);
            length += ascii;
            text = text[ascii..];
            if (text.IsEmpty) break;

            var other = text.IndexOfAnyInRange('\0', '\u007f');
            if (other < 0) other = text.Length;
            var run = Decompose(text[..other]);
            text = text[other..];
            Reserve(length, run.Length + text.Length);
            foreach (var c in run)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark)
                    continue;
                folded[length++] = char.IsLetterOrDigit(c) ? c : ' ';
            }
        }
        folded.AsSpan(length, Padding).Fill(' ');
        return folded.AsSpan(0, length + Padding);
    }

    /// <summary>A run of non-ASCII text lowered and decomposed (accents split from their letters).</summary>
    private ReadOnlySpan<char> Decompose(ReadOnlySpan<char> run)
    {
        if (lowered.Length < run.Length) lowered = new char[Math.Max(run.Length, lowered.Length * 2)];
        var lower = lowered.AsSpan(0, run.ToLowerInvariant(lowered));
        // Decomposing can lengthen a character up to fourfold; a run it cannot hold (or invalid text) takes the string route,
        // which also throws for invalid text just as lowering and decomposing the whole text would.
        var room = lower.Length * 4 + 16;
        if (decomposed.Length < room) decomposed = new char[Math.Max(room, decomposed.Length * 2)];
        return ((ReadOnlySpan<char>)lower).TryNormalize(decomposed, out var written, NormalizationForm.FormD)
            ? decomposed.AsSpan(0, written)
            : lower.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>Makes room for <paramref name="more"/> characters after the first <paramref name="length"/>, and the padding.</summary>
    private void Reserve(int length, int more)
    {
        var needed = length + more + Padding;
        if (folded.Length < needed) Array.Resize(ref folded, Math.Max(needed, folded.Length * 2));
    }
}
