namespace SiteGen.Model;

/// <summary>A place in a page's HTML, as an offset in its UTF-8 bytes, where a part of one of its links goes once it is linked.</summary>
/// <param name="Link">The link's position in <see cref="PageBody.Links"/>.</param>
internal readonly record struct LinkPlace(int At, int Link, LinkPart Part);
