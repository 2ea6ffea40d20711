using System.Collections;
using System.Diagnostics.CodeAnalysis;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;
using SiteGen.Render.Templating;

namespace SiteGen.Render;

/// <summary>
/// How Handlebars.Net reads SiteGen's views: by name through <see cref="MemberReader"/>, as SiteGen's own templates read them.
/// Handlebars.Net's own reader makes a generic method for each property at run time, which the native build cannot.
/// </summary>
public sealed class ViewDescriptors : IObjectDescriptorProvider, IMemberAccessor
{
    public bool TryGetDescriptor(Type type, [NotNullWhen(true)] out ObjectDescriptor? value)
    {
        // Collections are iterated by Handlebars.Net's own descriptors; only SiteGen's records are read here.
        if (type.Assembly != typeof(ViewDescriptors).Assembly || typeof(IEnumerable).IsAssignableFrom(type))
        {
            value = null;
            return false;
        }
        value = new ObjectDescriptor(type, this, (descriptor, _) => MemberReader.Names(descriptor.DescribedType).Select(ChainSegment.Create).ToArray(),
            descriptor => new ObjectIterator(descriptor));
        return true;
    }

    public bool TryGetValue(object instance, ChainSegment memberName, out object? value) =>
        MemberReader.TryRead(instance, memberName.TrimmedValue, out value);
}
