namespace SiteGen.Render;

/// <summary>
/// A page's view made only when the page is rendered, for a build that keeps nothing for the next: the views of a large
/// handbook's pages, with their HTML, would otherwise all be held from the plan until the last page is rendered. Such a build
/// keeps no rendered pages either, so nothing takes the fingerprint of a view left for later, which would not show its page.
/// A content page's view is made once: making it lets the page's body go (<see cref="Model.Page.ForgetBody"/>), and making it again throws.
/// </summary>
public sealed class LaterView(Func<object> make)
{
    private readonly Func<object> _make = make;

    /// <summary>The view itself: made now when it was left for later.</summary>
    public static object Of(object view) => view is LaterView later ? later._make() : view;
}
