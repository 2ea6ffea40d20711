using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace SiteGen.Render.Templating;

/// <summary>
/// Reads a view's property or field by the name a template gives, matched without regard to case as Handlebars.Net matches
/// it; a name the type does not have reads as null. Each type and name is looked up once in a process.
/// </summary>
public static class MemberReader
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Readers = new();

    private static readonly Func<object, object?> Nothing = _ => null;

    public static Func<object, object?> For(Type type, string name) => Readers.GetOrAdd((type, name), static key => Find(key.Type, key.Name));

    private static Func<object, object?> Find(Type type, string name)
    {
        // A dictionary's keys would be read as its members by Handlebars.Net; views are never dictionaries.
        if (typeof(IDictionary).IsAssignableFrom(type)) return _ => throw new UnsupportedTemplateException();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        if (Match(type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null), name) is { } property)
            return property.GetValue;
        if (Match(type.GetFields(flags), name) is { } field) return field.GetValue;
        return Nothing;
    }

    private static T? Match<T>(IEnumerable<T> members, string name) where T : MemberInfo
    {
        T? caseless = null;
        foreach (var member in members)
        {
            if (member.Name == name) return member;
            if (caseless is null && string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase)) caseless = member;
        }
        return caseless;
    }
}
