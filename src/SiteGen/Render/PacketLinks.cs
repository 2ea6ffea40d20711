using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Render;

/// <summary>
/// Joins pages rendered one by one into a packet. Every id in a part gets the part's id in front (two pages may both have a
/// "responsibilities" heading), and every link to a page, heading or glossary entry the packet holds is pointed at its place in
/// the packet; links to anything else become full addresses, which also work from paper or a PDF when base_url names a host.
/// Attributes are found by pattern: the theme's templates and Markdig escape every quote in values and text, so a double-quoted
/// id= or href= can only be a real attribute.
/// </summary>
public sealed partial class PacketLinks(string basePath, Func<string, string> canonicalUrl)
{
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Url, string Id), string> _anchors = [];

    /// <summary>The ids in a part's HTML, found apart from <see cref="Add"/> so that parts can be searched in parallel.</summary>
    public static IReadOnlyList<string> IdsIn(string html) =>
        IdAttribute().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToList();

    /// <summary>Registers a part: the page it stands for and its ids. The first part to stand for a page is where links to it go.</summary>
    public void Add(string partId, string url, IReadOnlyList<string> ids)
    {
        _pages.TryAdd(url, partId);
        foreach (var id in ids) _anchors.TryAdd((url, id), Prefixed(partId, id));
    }

    /// <summary>The id inside the packet of a page (site URL) and an id on it ("" for the page itself); null when the packet lacks the page.</summary>
    public string? Anchor(string url, string fragment) =>
        fragment.Length > 0 && _anchors.TryGetValue((url, fragment), out var id) ? id : _pages.GetValueOrDefault(url);

    /// <summary>A part's HTML with its ids prefixed and its links pointed into the packet where they can be; safe to call in parallel.</summary>
    public string Rewrite(string partId, string url, string html) =>
        Attribute().Replace(html, match =>
        {
            var name = match.Groups[1].Value;
            var value = WebUtility.HtmlDecode(match.Groups[2].Value);
            var rewritten = name switch
            {
                "href" => Link(partId, url, value),
                "id" or "for" => Prefixed(partId, value),
                _ => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => Prefixed(partId, id))),
            };
            return rewritten == value ? match.Value : $"{name}=\"{WebUtility.HtmlEncode(rewritten)}\"";
        });

    private string Link(string partId, string url, string href)
    {
        if (href.StartsWith('#')) return "#" + Uri.EscapeDataString(Anchor(url, Uri.UnescapeDataString(href[1..])) ?? partId);
        if (!href.StartsWith(basePath, StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal)) return href;
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? "" : href[(hash + 1)..];
        var path = hash < 0 ? href : href[..hash];
        var question = path.IndexOf('?');
        var query = question < 0 ? "" : path[question..];
        var siteUrl = Uri.UnescapeDataString((question < 0 ? path : path[..question])[basePath.Length..]);
        if (Anchor(siteUrl, Uri.UnescapeDataString(fragment)) is { } anchor) return "#" + Uri.EscapeDataString(anchor);
        return canonicalUrl(siteUrl) + query + (hash < 0 ? "" : "#" + fragment);
    }

    private static string Prefixed(string partId, string id) => $"{partId}-{id}";

    [GeneratedRegex("(?<=\\s)id=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(?<=\\s)(id|for|href|aria-labelledby|aria-describedby|aria-controls)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
