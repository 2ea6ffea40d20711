namespace SiteGen.Render.Templating;

/// <summary>
/// A name in a template, such as <c>Title</c>, <c>Previous.Url</c>, <c>this</c>, <c>@root.Site</c> or <c>@last</c>, and
/// how to read it in a scope. Each part remembers how it read the last type it met, since a name mostly meets one type.
/// </summary>
public sealed class TemplatePath
{
    private enum Start { Context, Root, Index, First, Last }

    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Start _start;
    private readonly string[] _members;
    private readonly Reader?[] _readers;

    private TemplatePath(Start start, string[] members)
    {
        _start = start;
        _members = members;
        _readers = new Reader?[members.Length];
    }

    /// <summary>The path the text of a mustache names, or null for anything but a plain name.</summary>
    public static TemplatePath? Parse(string text)
    {
        if (text.Length == 0) return null;
        switch (text)
        {
            case "this" or ".": return new TemplatePath(Start.Context, []);
            case "@root": return new TemplatePath(Start.Root, []);
            case "@index": return new TemplatePath(Start.Index, []);
            case "@first": return new TemplatePath(Start.First, []);
            case "@last": return new TemplatePath(Start.Last, []);
        }
        var start = Start.Context;
        if (text.StartsWith("@root.", StringComparison.Ordinal)) (start, text) = (Start.Root, text["@root.".Length..]);
        else if (text.StartsWith("this.", StringComparison.Ordinal)) text = text["this.".Length..];
        else if (text.StartsWith("./", StringComparison.Ordinal)) text = text["./".Length..];
        var members = text.Split('.');
        return members.All(IsName) ? new TemplatePath(start, members) : null;
    }

    private static bool IsName(string member) => member is not "this" && IsWord(member);

    /// <summary>Whether the text is a plain name of letters, digits, '_' and '-', as a member or a partial is named.</summary>
    internal static bool IsWord(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public object? Read(TemplateScope scope)
    {
        var value = _start switch
        {
            Start.Context => scope.Context,
            Start.Root => scope.Root,
            Start.Index => scope.InLoop ? scope.Index : null,
            Start.First => scope.InLoop ? scope.Index == 0 ? True : False : null,
            _ => scope.InLoop ? scope.Index == scope.Count - 1 ? True : False : null,
        };
        // What a partial's arguments hold is not shown by itself the way Handlebars.Net shows it: left to Handlebars.Net.
        if (_members.Length == 0 && value is PartialContext) throw new UnsupportedTemplateException();
        for (var i = 0; i < _members.Length && value is not null; i++) value = ReadMember(value, i);
        return value;
    }

    private object? ReadMember(object value, int i)
    {
        while (value is PartialContext partial)
        {
            if (partial.TryGet(_members[i], out var argument)) return argument;
            if (partial.Outer is not { } outer) return null;
            value = outer;
        }
        var type = value.GetType();
        var reader = _readers[i];
        if (reader?.Type != type) _readers[i] = reader = new Reader(type, MemberReader.For(type, _members[i]));
        return reader.Read(value);
    }

    private sealed record Reader(Type Type, Func<object, object?> Read);
}
