namespace SiteGen.Render.Templating;

/// <summary>
/// Where a template is while it renders: the object its names are read from, the view it started with (<c>@root</c>), and,
/// inside <c>{{#each}}</c>, the item's place for <c>@index</c>, <c>@first</c> and <c>@last</c>. A loop makes one scope and
/// moves it from item to item; <c>{{#if}}</c> and partials render in the scope they are in.
/// </summary>
public sealed class TemplateScope(object? context, object? root, bool inLoop)
{
    public object? Context { get; set; } = context;

    public object? Root { get; } = root;

    public bool InLoop { get; } = inLoop;

    public int Index { get; set; }

    public int Count { get; set; }
}
