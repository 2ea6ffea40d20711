namespace SiteGen.Render.Templating;

/// <summary>
/// Parses the part of Handlebars that themes use into nodes: text, <c>{{name}}</c>, <c>{{{name}}}</c>, comments,
/// <c>{{#if}}</c>, <c>{{#unless}}</c> and <c>{{#each}}</c> with one name and an optional <c>{{else}}</c>, and
/// <c>{{> partial}}</c> with a context or <c>key=value</c> arguments, with Handlebars' whitespace rules: <c>~</c> trims, and a block tag or comment
/// alone on its line takes the line with it. Anything else, or anything wrong, gives null, and the theme is left to
/// Handlebars.Net, which renders all of Handlebars and reports mistakes where they stand.
/// </summary>
public static class TemplateParser
{
    private enum Kind { Text, Value, Raw, Comment, Open, Close, Else, Partial }

    private sealed class Token(Kind kind, string text = "")
    {
        public Kind Kind { get; } = kind;
        public string Text { get; set; } = text;
        public bool TrimBefore { get; init; }
        public bool TrimAfter { get; init; }
        /// <summary>The block's helper (if, unless, each) of an open or close tag.</summary>
        public string Helper { get; init; } = "";
        /// <summary>What a value or block tag reads, or the context a partial is called with.</summary>
        public TemplatePath? Path { get; init; }
        public string[] Keys { get; init; } = [];
        public TemplatePath[] Values { get; init; } = [];
    }

    /// <param name="partials">
    /// The theme's partials by name, filled in once all are parsed; a call to any other leaves the theme to Handlebars.Net.
    /// </param>
    public static TemplateNode[]? Parse(string source, IReadOnlyDictionary<string, TemplateNode[]> partials)
    {
        var tokens = Tokenize(source);
        if (tokens is null) return null;
        ApplyWhitespaceRules(tokens);
        var position = 0;
        var nodes = Build(tokens, ref position, partials, closing: null);
        return position == tokens.Count ? nodes : null;
    }

    private static List<Token>? Tokenize(string source)
    {
        var tokens = new List<Token>();
        var at = 0;
        while (at < source.Length)
        {
            var open = source.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add(new Token(Kind.Text, source[at..]));
                break;
            }
            // An escaped \{{ shows the braces as text in Handlebars.
            if (open > 0 && source[open - 1] == '\\') return null;
            tokens.Add(new Token(Kind.Text, source[at..open]));
            var token = Tag(source, open, out at);
            if (token is null) return null;
            tokens.Add(token);
        }
        return tokens;
    }

    private static Token? Tag(string source, int open, out int end)
    {
        end = -1;
        var raw = source.AsSpan(open).StartsWith("{{{");
        var start = open + (raw ? 3 : 2);
        var trimBefore = start < source.Length && source[start] == '~';
        if (trimBefore) start++;
        if (!raw && source.AsSpan(start).StartsWith("!--"))
        {
            var close = source.IndexOf("--", start + 3, StringComparison.Ordinal);
            while (close >= 0 && !source.AsSpan(close + 2).StartsWith("}}") && !source.AsSpan(close + 2).StartsWith("~}}"))
                close = source.IndexOf("--", close + 1, StringComparison.Ordinal);
            if (close < 0) return null;
            var trimAfterComment = source[close + 2] == '~';
            end = close + 2 + (trimAfterComment ? 3 : 2);
            return new Token(Kind.Comment) { TrimBefore = trimBefore, TrimAfter = trimAfterComment };
        }
        var closing = raw ? "}}}" : "}}";
        var stop = source.IndexOf(closing, start, StringComparison.Ordinal);
        if (stop < 0) return null;
        end = stop + closing.Length;
        var trimAfter = stop > start && source[stop - 1] == '~';
        var inside = source[start..(trimAfter ? stop - 1 : stop)];
        if (inside.Contains("{{", StringComparison.Ordinal)) return null;
        Token? Make(Kind kind, TemplatePath? path = null, string helper = "", string text = "") =>
            new(kind, text) { TrimBefore = trimBefore, TrimAfter = trimAfter, Path = path, Helper = helper };
        if (raw) return TemplatePath.Parse(inside.Trim()) is { } rawPath ? Make(Kind.Raw, rawPath) : null;
        if (inside.StartsWith('!')) return Make(Kind.Comment);
        var first = inside.TrimStart();
        // "{{ #if X }}" is not a block in Handlebars: left to Handlebars.Net to say so.
        if (first.Length < inside.Length && first.Length > 0 && first[0] is '#' or '/' or '>' or '^' or '&' or '!') return null;
        var sign = first.Length > 0 && first[0] is '#' or '/' or '>' ? first[0] : ' ';
        // "{{#if X}}" or "{{# if X}}": a helper or partial may stand apart from its sign.
        var words = (sign == ' ' ? first : first[1..]).Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        switch (sign)
        {
            case '#':
                return words is [("if" or "unless" or "each") and var helper, var argument] && TemplatePath.Parse(argument) is { } path
                    ? Make(Kind.Open, path, helper) : null;
            case '/':
                return words is [var closed] ? Make(Kind.Close, helper: closed) : null;
            case '>':
                return Partial(words, trimBefore, trimAfter);
        }
        if (words is ["else"]) return Make(Kind.Else);
        return words is [var word] && TemplatePath.Parse(word) is { } value ? Make(Kind.Value, value) : null;
    }

    /// <summary>
    /// "{{> name}}", "{{> name context}}" or "{{> name key=value ...}}": Handlebars.Net 2.4 takes a context or arguments, not
    /// both. A literal value is left to Handlebars.Net.
    /// </summary>
    private static Token? Partial(string[] words, bool trimBefore, bool trimAfter)
    {
        if (words.Length == 0 || !TemplatePath.IsWord(words[0])) return null;
        if (words is [var name, var context] && !context.Contains('='))
            return TemplatePath.Parse(context) is { } path ? new Token(Kind.Partial, name) { Path = path, TrimBefore = trimBefore, TrimAfter = trimAfter } : null;
        var keys = new string[words.Length - 1];
        var values = new TemplatePath[words.Length - 1];
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Split('=') is not [{ Length: > 0 } key, var value] || !key.All(char.IsAsciiLetterOrDigit)) return null;
            if (TemplatePath.Parse(value) is not { } path) return null;
            (keys[i - 1], values[i - 1]) = (key, path);
        }
        return new Token(Kind.Partial, words[0]) { Keys = keys, Values = values, TrimBefore = trimBefore, TrimAfter = trimAfter };
    }

    /// <summary>
    /// Handlebars' whitespace rules, on the tokens in order: <c>~</c> trims the whitespace on its side up to the next tag, and
    /// a block's open, close or else tag, or a comment, that stands alone on its line removes the line's indentation and its
    /// line break. Whether a tag stands alone is decided on the text as written, before anything is trimmed.
    /// </summary>
    private static void ApplyWhitespaceRules(List<Token> tokens)
    {
        var standalone = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (Kind.Open or Kind.Close or Kind.Else or Kind.Comment)) continue;
            var before = i == 0 ? "" : tokens[i - 1].Kind == Kind.Text ? tokens[i - 1].Text : null;
            var after = i == tokens.Count - 1 ? "" : tokens[i + 1].Kind == Kind.Text ? tokens[i + 1].Text : null;
            if (before is null || after is null) continue;
            var lineStart = before.LastIndexOf('\n');
            // The text before must begin the template or hold a line break, and only spaces and tabs may follow it.
            var startsLine = lineStart >= 0 || i <= 1;
            if (!startsLine || !IsBlank(before.AsSpan(lineStart + 1))) continue;
            var lineEnd = after.IndexOf('\n');
            var endsLine = lineEnd >= 0 || i + 1 >= tokens.Count - 1;
            if (!endsLine || !IsBlank(after.AsSpan(0, lineEnd >= 0 ? lineEnd : after.Length).TrimEnd('\r'))) continue;
            standalone[i] = true;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Text) continue;
            var before = i > 0 && tokens[i - 1].Kind == Kind.Text ? tokens[i - 1] : null;
            var after = i + 1 < tokens.Count && tokens[i + 1].Kind == Kind.Text ? tokens[i + 1] : null;
            if (standalone[i])
            {
                if (before is not null) before.Text = before.Text[..(before.Text.LastIndexOf('\n') + 1)];
                if (after is not null)
                {
                    var lineEnd = after.Text.IndexOf('\n');
                    after.Text = lineEnd >= 0 ? after.Text[(lineEnd + 1)..] : "";
                }
            }
            if (token.TrimBefore && before is not null) before.Text = before.Text.TrimEnd();
            if (token.TrimAfter && after is not null) after.Text = after.Text.TrimStart();
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(' ', '\t') < 0;

    private static TemplateNode[]? Build(List<Token> tokens, ref int position, IReadOnlyDictionary<string, TemplateNode[]> partials, string? closing)
    {
        var nodes = new List<TemplateNode>();
        while (position < tokens.Count)
        {
            var token = tokens[position];
            if (token.Kind is Kind.Else or Kind.Close)
                return closing is null ? null : nodes.ToArray();
            position++;
            switch (token.Kind)
            {
                case Kind.Text:
                    if (token.Text.Length > 0) nodes.Add(new TextNode(token.Text));
                    break;
                case Kind.Value or Kind.Raw:
                    nodes.Add(new ValueNode(token.Path!, escape: token.Kind == Kind.Value));
                    break;
                case Kind.Partial:
                    if (!partials.ContainsKey(token.Text)) return null;
                    nodes.Add(new PartialNode(token.Text, partials, token.Path, token.Keys, token.Values));
                    break;
                case Kind.Open:
                    if (Block(tokens, ref position, partials, token) is not { } block) return null;
                    nodes.Add(block);
                    break;
            }
        }
        return closing is null ? nodes.ToArray() : null;
    }

    private static TemplateNode? Block(List<Token> tokens, ref int position, IReadOnlyDictionary<string, TemplateNode[]> partials, Token open)
    {
        var body = Build(tokens, ref position, partials, open.Helper);
        if (body is null || position >= tokens.Count) return null;
        TemplateNode[] otherwise = [];
        if (tokens[position].Kind == Kind.Else)
        {
            position++;
            if (Build(tokens, ref position, partials, open.Helper) is not { } inverse) return null;
            otherwise = inverse;
            if (position >= tokens.Count || tokens[position].Kind != Kind.Close) return null;
        }
        if (tokens[position].Helper != open.Helper) return null;
        position++;
        return open.Helper == "each" ? new EachNode(open.Path!, body, otherwise) : new IfNode(open.Path!, open.Helper == "unless", body, otherwise);
    }
}
