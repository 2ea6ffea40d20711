using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SiteGen.Render.Templating;

/// <summary>
/// Reads a view's property or field by the name a template gives, matched without regard to case as Handlebars.Net matches
/// it; a name the type does not have reads as null. Each type and name is looked up once in a process.
/// </summary>
public static class MemberReader
{
    private static readonly ConcurrentDictionary<Type, ConcurrentDictionary<string, Func<object, object?>>> Readers = new();

    private static readonly Func<object, object?> Nothing = _ => null;

    public static Func<object, object?> For(Type type, string name) =>
        Readers.GetOrAdd(type, static _ => new ConcurrentDictionary<string, Func<object, object?>>(StringComparer.Ordinal))
            .GetOrAdd(name, static (name, type) => Find(type, name), type);

    /// <summary>Reads the member, or says the type has none of that name.</summary>
    public static bool TryRead(object target, string name, out object? value)
    {
        var reader = For(target.GetType(), name);
        value = reader(target);
        return !ReferenceEquals(reader, Nothing);
    }

    /// <summary>The names a template can read from the type: its readable properties, then its fields.</summary>
    public static IEnumerable<string> Names(Type type) => Properties(type).Select(p => p.Name).Concat(Fields(type).Select(f => f.Name));

    private static Func<object, object?> Find(Type type, string name)
    {
        // A dictionary's keys would be read as its members by Handlebars.Net; views are never dictionaries.
        if (typeof(IDictionary).IsAssignableFrom(type)) return _ => throw new UnsupportedTemplateException();
        if (Match(Properties(type), name) is { } property) return ReaderOf(type, property);
        if (Match(Fields(type), name) is { } field) return field.GetValue;
        return Nothing;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are SiteGen's own types, and the CLI keeps every member of SiteGen.")]
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are SiteGen's own types, and the CLI keeps every member of SiteGen.")]
    private static FieldInfo[] Fields(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>
    /// The property's getter as a delegate. <see cref="PropertyInfo.GetValue(object)"/> would do, but .NET compiles a stub
    /// for each property it reads more than once, and a theme reads some 150 of them; this compiles one method for all
    /// properties that hold objects, and one for each type of value (bool, int). The native build compiles nothing at run
    /// time and cannot make these delegates for a type chosen then; there a <see cref="MethodInvoker"/> calls the getter, which
    /// costs less per call than <see cref="PropertyInfo.GetValue(object)"/>, and a build reads hundreds of thousands of members.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The delegates are made only where code can be compiled at run time.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "The factories' type arguments are SiteGen's views, which the CLI keeps whole.")]
    internal static Func<object, object?> ReaderOf(Type type, PropertyInfo property)
    {
        if (type.IsValueType || !RuntimeFeature.IsDynamicCodeSupported)
        {
            var getter = MethodInvoker.Create(property.GetMethod!);
            return target => getter.Invoke(target);
        }
        var value = property.PropertyType;
        var (factory, arguments) = value.IsValueType ? (ValueFactory, new[] { type, value }) : (ReferenceFactory, new[] { type });
        var get = property.GetMethod!.CreateDelegate(typeof(Func<,>).MakeGenericType(type, value.IsValueType ? value : typeof(object)));
        return factory.MakeGenericMethod(arguments).CreateDelegate<Func<Delegate, Func<object, object?>>>()(get);
    }

    private static readonly MethodInfo ReferenceFactory = typeof(MemberReader).GetMethod(nameof(ReferenceReader), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ValueFactory = typeof(MemberReader).GetMethod(nameof(ValueReader), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<object, object?> ReferenceReader<TTarget>(Delegate get) where TTarget : class
    {
        var typed = (Func<TTarget, object?>)get;
        return target => typed((TTarget)target);
    }

    private static Func<object, object?> ValueReader<TTarget, TValue>(Delegate get) where TTarget : class
    {
        var typed = (Func<TTarget, TValue>)get;
        return target => typed((TTarget)target);
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
