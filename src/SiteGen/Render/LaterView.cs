namespace SiteGen.Render;

/// <summary>
/// A page's view made only when the page is rendered, for a build that keeps nothing for the next: the views of a large
/// handbook's pages, with their HTML, would otherwise all be held from the plan until the last page is rendered. Such a build
/// keeps no rendered pages either, so nothing takes the fingerprint of a view left for later, which would not show its page.
/// A view left for later is made once: making it may let go of what it was made from (a content page's body, see
/// <see cref="Model.Page.ForgetBody"/>), so making it again throws rather than show an empty page.
/// </summary>
public sealed class LaterView(Func<object> make)
{
    private readonly Func<object> _make = make;
    private int _made;

    /// <summary>The view itself: made now when it was left for later.</summary>
    public static object Of(object view)
    {
        if (view is not LaterView later) return view;
        if (Interlocked.Exchange(ref later._made, 1) == 1) throw new InvalidOperationException("a view left for later was asked for twice");
        return later._make();
    }
}
