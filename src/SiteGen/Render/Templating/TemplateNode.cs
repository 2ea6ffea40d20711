using System.Collections;

namespace SiteGen.Render.Templating;

/// <summary>One piece of a compiled template: text, a value, a block or a partial.</summary>
public abstract class TemplateNode
{
    public abstract void Render(TemplateScope scope, TemplateOutput output);

    public static void RenderAll(TemplateNode[] nodes, TemplateScope scope, TemplateOutput output)
    {
        foreach (var node in nodes) node.Render(scope, output);
    }

    /// <summary>Whether <c>{{#if}}</c> takes a value as true, as Handlebars does: not null, false, empty, nor zero.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int n => n != 0,
        long n => n != 0,
        double n => n != 0,
        float n => n != 0,
        decimal n => n != 0,
        short n => n != 0,
        byte n => n != 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => true,
    };
}

/// <summary>Text written as it stands.</summary>
public sealed class TextNode(string text) : TemplateNode
{
    public string Text { get; } = text;

    public override void Render(TemplateScope scope, TemplateOutput output) => output.Write(Text);
}

/// <summary><c>{{name}}</c>, escaped, or <c>{{{name}}}</c>, as it stands.</summary>
public sealed class ValueNode(TemplatePath path, bool escape) : TemplateNode
{
    public override void Render(TemplateScope scope, TemplateOutput output) => output.WriteValue(path.Read(scope), escape);
}

/// <summary><c>{{#if name}}</c> or <c>{{#unless name}}</c>, with what its <c>{{else}}</c> shows.</summary>
public sealed class IfNode(TemplatePath path, bool unless, TemplateNode[] then, TemplateNode[] otherwise) : TemplateNode
{
    public override void Render(TemplateScope scope, TemplateOutput output) =>
        RenderAll(IsTruthy(path.Read(scope)) != unless ? then : otherwise, scope, output);
}

/// <summary><c>{{#each name}}</c> over a list, with what its <c>{{else}}</c> shows when the list is empty or missing.</summary>
public sealed class EachNode(TemplatePath path, TemplateNode[] body, TemplateNode[] otherwise) : TemplateNode
{
    public override void Render(TemplateScope scope, TemplateOutput output)
    {
        var value = path.Read(scope);
        // Handlebars.Net iterates the characters of a text, and the properties of an object that is not a list.
        if (value is string or IDictionary || value is not (null or IEnumerable)) throw new UnsupportedTemplateException();
        var items = value switch
        {
            null => Array.Empty<object?>(),
            IList list => list,
            _ => ((IEnumerable)value).Cast<object?>().ToList(),
        };
        if (items.Count == 0)
        {
            RenderAll(otherwise, scope, output);
            return;
        }
        var loop = new TemplateScope(null, scope.Root, inLoop: true) { Count = items.Count };
        for (var i = 0; i < items.Count; i++)
        {
            loop.Context = items[i];
            loop.Index = i;
            RenderAll(body, loop, output);
        }
    }
}

/// <summary>
/// <c>{{> name}}</c>: a partial, rendered in the scope it is called in, or with <c>{{> name path}}</c> in what the path
/// names; with <c>key=value</c> arguments, in a context where those names give those values and every other name what it
/// gives without them. The partial is looked up when rendered, since partials may call each other and themselves.
/// </summary>
public sealed class PartialNode(string name, IReadOnlyDictionary<string, TemplateNode[]> partials, TemplatePath? context, string[] keys, TemplatePath[] values)
    : TemplateNode
{
    public override void Render(TemplateScope scope, TemplateOutput output)
    {
        if (context is null && keys.Length == 0)
        {
            RenderAll(partials[name], scope, output);
            return;
        }
        var outer = scope.Context;
        var inner = context is null ? outer : context.Read(scope);
        if (keys.Length > 0)
        {
            var arguments = new object?[values.Length];
            for (var i = 0; i < values.Length; i++) arguments[i] = values[i].Read(scope);
            inner = new PartialContext(inner, keys, arguments);
        }
        scope.Context = inner;
        try
        {
            RenderAll(partials[name], scope, output);
        }
        finally
        {
            scope.Context = outer;
        }
    }
}
