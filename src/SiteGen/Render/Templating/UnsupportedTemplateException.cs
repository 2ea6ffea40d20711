namespace SiteGen.Render.Templating;

/// <summary>
/// Thrown while rendering when a template meets a value SiteGen's own templates do not handle the way Handlebars.Net does (a
/// dictionary, or an object iterated by its properties); the page is then rendered by Handlebars.Net instead.
/// </summary>
public sealed class UnsupportedTemplateException : Exception;
