using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search tokens: lower case, accents removed, letters and digits only. The theme's search.js applies the
/// same rules to the reader's query, so the two must change together.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "was", "were", "will", "with",
    };

    public static IEnumerable<string> Tokens(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                continue;
            }
            if (Take(builder) is { } token) yield return token;
        }
        if (Take(builder) is { } last) yield return last;
    }

    private static string? Take(StringBuilder builder)
    {
        if (builder.Length == 0) return null;
        var token = builder.ToString();
        builder.Clear();
        // Single characters match too much to help; long tokens are hashes or URLs rather than words a reader types.
        return token.Length is < 2 or > 40 || StopWords.Contains(token) ? null : token;
    }
}
