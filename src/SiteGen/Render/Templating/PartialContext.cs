namespace SiteGen.Render.Templating;

/// <summary>
/// The context of a partial called with <c>key=value</c> arguments, as Handlebars.Net makes it: an argument's name, matched
/// without regard to case, gives its value, null included; any other name reads the context the partial was called in.
/// </summary>
public sealed class PartialContext(object? outer, string[] keys, object?[] values)
{
    public object? Outer { get; } = outer;

    /// <summary>The value of argument <paramref name="name"/>, or false when the call has no such argument.</summary>
    public bool TryGet(string name, out object? value)
    {
        for (var i = 0; i < keys.Length; i++)
            if (string.Equals(keys[i], name, StringComparison.OrdinalIgnoreCase))
            {
                value = values[i];
                return true;
            }
        value = null;
        return false;
    }
}
