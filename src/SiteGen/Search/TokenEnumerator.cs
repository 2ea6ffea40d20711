using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Search;

/// <summary>
/// The tokens of a text folded by <see cref="TokenReader"/>, each a view of the reader's buffer that holds until the next text
/// is read. Words are found a block of characters at a time: a bit per character says whether it belongs to a word, and the
/// places where that changes are where words start and end, which spares a branch per character.
/// </summary>
internal ref struct TokenEnumerator
{
    public const int BlockLength = 32;

    private readonly ReadOnlySpan<char> folded;
    private int block = -BlockLength;
    private uint changes;
    private bool inWord;
    private int start;

    /// <param name="folded">The folded text, followed by at least one block of separators.</param>
    public TokenEnumerator(ReadOnlySpan<char> folded) => this.folded = folded;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    // Hot for the whole search stage of a one-off build, which ends before tiered compilation would optimize it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        // Locals rather than fields in the loop, so they stay in registers.
        var (block, changes, inWord, start) = (this.block, this.changes, this.inWord, this.start);
        var found = false;
        while (!found)
        {
            if (changes == 0)
            {
                block += BlockLength;
                // The padding is all separators, so the last word has ended before the last whole block.
                if (block + BlockLength > folded.Length) break;
                var words = WordBits(folded.Slice(block, BlockLength));
                changes = words ^ ((words << 1) | (inWord ? 1u : 0u));
                continue;
            }
            var at = block + BitOperations.TrailingZeroCount(changes);
            changes &= changes - 1;
            inWord = !inWord;
            if (inWord)
            {
                start = at;
                continue;
            }
            var length = at - start;
            if (length is < Tokenizer.MinLength or > Tokenizer.MaxLength) continue;
            Current = folded.Slice(start, length);
            found = !Tokenizer.IsStopWord(Current);
        }
        (this.block, this.changes, this.inWord, this.start) = (block, changes, inWord, start);
        return found;
    }

    /// <summary>
    /// The current token as a vector of its characters, those past its end zero, if it fits in one; such vectors are equal
    /// just when the tokens are.
    /// </summary>
    public readonly bool TryGetKey(out Vector256<ushort> key)
    {
        var length = Current.Length;
        if (length > Vector256<ushort>.Count)
        {
            key = default;
            return false;
        }
        // The folded text is followed by a block of separators, so a whole vector can be read from any token's start.
        var chars = Vector256.Create(MemoryMarshal.Cast<char, ushort>(folded.Slice(start, Vector256<ushort>.Count)));
        key = chars & Vector256.LessThan(Vector256<ushort>.Indices, Vector256.Create((ushort)length));
        return true;
    }

    /// <summary>A bit per character, set for letters and digits: ASCII ones, or any other the reader kept.</summary>
    private static uint WordBits(ReadOnlySpan<char> chars)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        uint bits = 0;
        for (var i = 0; i < BlockLength; i += Vector128<ushort>.Count)
        {
            var c = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
            var word = Vector128.GreaterThan(c, Vector128.Create((ushort)0x7f))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9))
                | Vector128.LessThanOrEqual((c | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
            bits |= word.ExtractMostSignificantBits() << i;
        }
        return bits;
    }
}
