namespace SiteGen.Search;

/// <summary>
/// Numbers the distinct tokens of an index, shared by the threads that read records, so each token is one string and postings
/// can be gathered by number.
/// </summary>
internal sealed class TokenTable
{
    private readonly TokenMap ids = new();
    private readonly List<string> tokens = [];
    private readonly Lock gate = new();

    /// <summary>The tokens by number; read once every record has been weighed.</summary>
    public IReadOnlyList<string> Tokens => tokens;

    public (int Id, string Token) Add(ReadOnlySpan<char> token)
    {
        lock (gate)
        {
            if (ids.TryGetValue(token, out var id)) return (id, tokens[id]);
            var text = token.ToString();
            ids.Add(text, tokens.Count);
            tokens.Add(text);
            return (tokens.Count - 1, text);
        }
    }
}
