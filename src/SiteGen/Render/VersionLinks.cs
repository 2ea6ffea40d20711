using SiteGen.Link;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Links between the published versions for one version's pages: the switcher leads to the same page in each version, or to
/// that version's home when the page is not in it; an older version's pages point to the page in the current version.
/// </summary>
/// <param name="basePath">The path the site is served under (base_url's path); versions are folders below it.</param>
/// <param name="versions">Every published version, newest (the current one) first.</param>
/// <param name="reading">The version whose pages these are.</param>
public sealed class VersionLinks(string basePath, IReadOnlyList<PublishedVersion> versions, PublishedVersion reading)
{
    /// <summary>
    /// The pages of a version as the switcher sees them. A page's diff belongs to its version's comparison with the one before,
    /// so in another version it stands for that version's "what's new" page; this way a text edit, which adds or removes a
    /// diff page, does not change the older versions' switchers.
    /// </summary>
    public static IReadOnlySet<string> Pages(IEnumerable<string> urls) => urls.Select(Comparable).ToHashSet(StringComparer.Ordinal);

    private static string Comparable(string url) => url.StartsWith(SiteUrls.WhatsNew, StringComparison.Ordinal) ? SiteUrls.WhatsNew : url;

    public VersionMenuView Menu(string url) =>
        new(reading.Name, versions.Select(v => new VersionLinkView(v.Name, Href(v, url), v == reading, v == versions[0], v.Urls.Contains(Comparable(url)))).ToList());

    /// <summary>The notice on an older version's pages; null on the current version's.</summary>
    public NoticeView? OlderVersionNotice(string url)
    {
        var latest = versions[0];
        if (reading == latest) return null;
        var link = latest.Urls.Contains(Comparable(url))
            ? new LinkView("Read this page in the current version", Href(latest, url))
            : new LinkView($"Go to the current version ({latest.Name})", Href(latest, url));
        return new NoticeView("older-version", $"You are reading {reading.Name}, an older version of this handbook.", link);
    }

    private string Href(PublishedVersion version, string url)
    {
        var root = version.Folder.Length == 0 ? basePath : $"{basePath}{version.Folder}/";
        if (version == reading) return SiteUrls.Href(root, url);
        return SiteUrls.Href(root, version.Urls.Contains(Comparable(url)) ? Comparable(url) : SiteUrls.Home);
    }
}
