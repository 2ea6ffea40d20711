using System.Text;

namespace SiteGen.Render.Views;

/// <summary>
/// HTML held as UTF-8, half the memory of the same text as a string: a page's HTML is held from the plan until the page is
/// rendered, and on a large handbook all of them at once. A template shows it as it shows text (<c>{{{Html}}}</c>), which
/// decodes it then.
/// </summary>
public sealed class Utf8Html(byte[] bytes)
{
    /// <summary>HTML that shows <c>TemplateSet.SpliceMarker(0)</c>, for <see cref="TemplateSet.RenderSpliced"/>.</summary>
    public static readonly Utf8Html Marker = new(Encoding.UTF8.GetBytes(TemplateSet.SpliceMarker(0)));

    // Internal, so a template that asks for it finds nothing rather than a value it cannot show.
    internal ReadOnlyMemory<byte> Bytes => bytes;

    public override string ToString() => Encoding.UTF8.GetString(bytes);
}
