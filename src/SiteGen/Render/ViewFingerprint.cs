using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using SiteGen.Render.Templating;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// A hash of everything a template receives. Two renders of the same template with equal views give the same bytes, so a
/// page whose view has not changed since the last build need not be rendered again: whatever it depends on, its view shows.
/// </summary>
public static class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Getters = new();

    public static ulong Of(params object?[] parts)
    {
        var hash = new XxHash3();
        foreach (var part in parts) Append(hash, part);
        return hash.GetCurrentHashAsUInt64();
    }

    private static void Append(XxHash3 hash, object? value)
    {
        switch (value)
        {
            case null:
                AppendInt(hash, -1);
                return;
            case string text:
                AppendInt(hash, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                return;
            case Utf8Html html:
                AppendInt(hash, html.Bytes.Length);
                hash.Append(html.Bytes.Span);
                return;
            case int number:
                AppendInt(hash, number);
                return;
            case bool flag:
                AppendInt(hash, flag ? 1 : 0);
                return;
            case ulong number:
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(in number)));
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value.GetType().IsEnum || value is DateOnly or DateTime or decimal:
                Append(hash, formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                var count = 0;
                foreach (var item in items)
                {
                    Append(hash, item);
                    count++;
                }
                AppendInt(hash, count);
                return;
        }
        var getters = Getters.GetOrAdd(value.GetType(), Compile);
        AppendInt(hash, getters.Length);
        foreach (var getter in getters) Append(hash, getter(value));
    }

    private static void AppendInt(XxHash3 hash, int value) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

    /// <summary>
    /// The property getters, made once per type: reflection per value would cost more than the rendering it saves. A property
    /// without a setter is worked out from the others (a name a partial reads, say), so it adds nothing to the hash and is left out.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are SiteGen's own types, and the CLI keeps every member of SiteGen.")]
    private static Func<object, object?>[] Compile(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => MemberReader.ReaderOf(type, p))
            .ToArray();
}
