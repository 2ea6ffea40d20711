using System.Buffers;
using System.Net;
using System.Text;

namespace SiteGen.Render;

/// <summary>
/// Joins pages rendered one by one into a packet. Every id in a part gets the part's id in front (two pages may both have a
/// "responsibilities" heading), and every link to a page, heading or glossary entry the packet holds is pointed at its place in
/// the packet; links to anything else become full addresses, which also work from paper or a PDF when base_url names a host.
/// Attributes are found by pattern (see <see cref="NextAttribute"/>).
/// </summary>
public sealed class PacketLinks(string basePath, Func<string, string> canonicalUrl)
{
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Url, string Id), string> _anchors = [];

    /// <summary>The ids in a part's HTML (UTF-8), found apart from <see cref="Add"/> so that parts can be searched in parallel.</summary>
    public static IReadOnlyList<string> IdsIn(ReadOnlySpan<byte> html) => ValuesOf(html, IdName, decode: true);

    /// <summary>The targets of the links in a part's HTML (UTF-8), as written there (HTML-escaped).</summary>
    public static IReadOnlyList<string> HrefsIn(ReadOnlySpan<byte> html) => ValuesOf(html, HrefName, decode: false);

    /// <summary>Registers a part: the page it stands for and its ids. The first part to stand for a page is where links to it go.</summary>
    public void Add(string partId, string url, IReadOnlyList<string> ids)
    {
        _pages.TryAdd(url, partId);
        foreach (var id in ids) _anchors.TryAdd((url, id), Prefixed(partId, id));
    }

    /// <summary>The id inside the packet of a page (site URL) and an id on it ("" for the page itself); null when the packet lacks the page.</summary>
    public string? Anchor(string url, string fragment) =>
        fragment.Length > 0 && _anchors.TryGetValue((url, fragment), out var id) ? id : _pages.GetValueOrDefault(url);

    /// <summary>
    /// Writes a part's HTML (UTF-8) to <paramref name="output"/> with its ids prefixed and its links pointed into the packet
    /// where they can be; safe to call in parallel. Only the attributes' values are read as text: a packet of the whole
    /// handbook runs to a hundred megabytes.
    /// </summary>
    public void Rewrite(string partId, string url, ReadOnlySpan<byte> html, IBufferWriter<byte> output)
    {
        var copied = 0;
        for (var at = 0; NextAttribute(html, at, RewrittenNames) is { } found; at = found.End)
        {
            var name = Encoding.ASCII.GetString(html[found.Start..(found.ValueStart - 2)]);
            var value = WebUtility.HtmlDecode(Encoding.UTF8.GetString(html[found.ValueStart..(found.End - 1)]));
            var rewritten = name switch
            {
                "href" => Link(partId, url, value),
                "id" or "for" => Prefixed(partId, value),
                _ => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => Prefixed(partId, id))),
            };
            if (rewritten == value) continue;
            output.Write(html[copied..found.Start]);
            Encoding.UTF8.GetBytes($"{name}=\"{WebUtility.HtmlEncode(rewritten)}\"", output);
            copied = found.End;
        }
        output.Write(html[copied..]);
    }

    private static readonly byte[][] IdName = ["id"u8.ToArray()];
    private static readonly byte[][] HrefName = ["href"u8.ToArray()];
    private static readonly byte[][] RewrittenNames =
        [.. new[] { "id", "for", "href", "aria-labelledby", "aria-describedby", "aria-controls" }.Select(Encoding.ASCII.GetBytes)];

    private static List<string> ValuesOf(ReadOnlySpan<byte> html, byte[][] names, bool decode)
    {
        var values = new List<string>();
        for (var at = 0; NextAttribute(html, at, names) is { } found; at = found.End)
        {
            var value = Encoding.UTF8.GetString(html[found.ValueStart..(found.End - 1)]);
            values.Add(decode ? WebUtility.HtmlDecode(value) : value);
        }
        return values;
    }

    /// <summary>Where an attribute was found: its name's first byte, its value's first byte, and the byte after its closing quote.</summary>
    private readonly record struct Found(int Start, int ValueStart, int End);

    /// <summary>
    /// The next attribute from <paramref name="from"/> on with one of <paramref name="names"/>, written as the theme's templates
    /// and Markdig write them: after whitespace, then =", a value without quotes and the closing quote. Both escape every quote
    /// in values and text, so such a run can only be a real attribute.
    /// </summary>
    private static Found? NextAttribute(ReadOnlySpan<byte> html, int from, byte[][] names)
    {
        while (from < html.Length)
        {
            var equals = html[from..].IndexOf("=\""u8);
            if (equals < 0) return null;
            equals += from;
            foreach (var name in names)
            {
                var start = equals - name.Length;
                if (start < 1 || !html[start..equals].SequenceEqual(name) || !AfterWhitespace(html, start)) continue;
                var close = html[(equals + 2)..].IndexOf((byte)'"');
                if (close >= 0) return new Found(start, equals + 2, equals + 2 + close + 1);
            }
            from = equals + 1;
        }
        return null;
    }

    private static bool AfterWhitespace(ReadOnlySpan<byte> html, int index) =>
        Rune.DecodeLastFromUtf8(html[..index], out var rune, out _) == OperationStatus.Done && Rune.IsWhiteSpace(rune);

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
}
