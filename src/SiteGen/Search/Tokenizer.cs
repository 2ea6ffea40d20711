using System.Runtime.CompilerServices;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search tokens: lower case, accents removed, letters and digits only. The theme's search.js applies the
/// same rules to the reader's query, so the two must change together.
/// </summary>
public static class Tokenizer
{
    // Single characters match too much to help; long tokens are hashes or URLs rather than words a reader types.
    internal const int MinLength = 2;
    internal const int MaxLength = 40;

    public static IEnumerable<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var token in new TokenReader().Read(text)) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>Words too common to help find anything.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsStopWord(ReadOnlySpan<char> token) => token is
        "a" or "an" or "and" or "are" or "as" or "at" or "be" or "by" or "for" or "from" or "has" or "in" or "is" or "it" or "its" or
        "of" or "on" or "or" or "that" or "the" or "this" or "to" or "was" or "were" or "will" or "with";
}
