namespace SiteGen.Render.Views;

/// <summary>An old URL that sends the reader on to the page's current one.</summary>
public sealed record RedirectView(string Title, string Target, string CanonicalUrl, SiteView Site);
