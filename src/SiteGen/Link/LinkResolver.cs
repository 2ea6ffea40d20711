using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Link;

/// <summary>
/// Checks every link of a Markdown document and rewrites it to the URL it leads to in the built site: the
/// role:, stage:, activity: and term: schemes, relative links to pages (with heading anchors) and to assets.
/// </summary>
public sealed class LinkResolver(
    SiteModel model,
    IReadOnlyDictionary<string, string> pageUrls,
    IReadOnlyDictionary<string, string> titlesByUrl,
    IReadOnlyDictionary<string, IReadOnlySet<string>> anchorsByUrl)
{
    private static readonly string[] Schemes = ["role", "stage", "activity", "term"];
    private static readonly string[] UnsafeSchemes = ["javascript", "vbscript", "data"];

    // The classes of a link to a role, stage, activity or term. Each link gets a list of its own, of these same strings: a large
    // handbook has tens of thousands of such links, and the classes of each are held until its page is rendered.
    private static readonly string[] RoleClasses = ["xref", "xref-role"];
    private static readonly string[] StageClasses = ["xref", "xref-stage"];
    private static readonly string[] ActivityClasses = ["xref", "xref-activity"];
    private static readonly string[] TermClasses = ["xref", "xref-term"];

    private readonly Dictionary<string, Role> _roles = model.Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Stage> _stages = model.Stages.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Activity> _activities = model.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _terms = model.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly HashSet<string> _drafts = model.Drafts.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _assets = model.Assets.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
    private Dictionary<string, string> _termSummaries = [];

    // Where pages' links lead, one string for each: a page keeps its links' hrefs, and their targets for backlinks, until the
    // site is rendered, and on a large handbook tens of thousands of links lead to the same few thousand places.
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);

    private string Shared(string place)
    {
        lock (_places)
        {
            if (_places.TryGetValue(place, out var shared)) return shared;
            _places.Add(place, place);
            return place;
        }
    }

    /// <summary>The plain text of each term's definition, shown when a reader hovers or focuses a term: link.</summary>
    public void SetTermSummaries(Dictionary<string, string> summaries) => _termSummaries = summaries;

    /// <summary>
    /// Gives empty-text links to roles, stages, activities and terms their target's title. Glossary tooltips are made from
    /// definitions' text, so definitions get this before any document is resolved.
    /// </summary>
    public void FillEmptyLinkText(MarkdownDocument document)
    {
        foreach (var link in MarkdownTree.Links(document))
        {
            var url = OriginalUrl(link);
            if (!ClearGeneratedText(link)) continue;
            var colon = url.IndexOf(':');
            if (colon <= 0) continue;
            var rest = url[(colon + 1)..];
            var id = rest.IndexOf('#') is var hash and >= 0 ? rest[..hash] : rest;
            var title = url[..colon] switch
            {
                "role" => _roles.GetValueOrDefault(id)?.Title,
                "stage" => _stages.GetValueOrDefault(id)?.Title,
                "activity" => _activities.GetValueOrDefault(id)?.Title,
                "term" => _terms.GetValueOrDefault(id)?.Name,
                _ => null,
            };
            if (title is not null) AppendGeneratedText(link, title);
        }
    }

    public const string ResolutionKey = "sitegen.resolution";
    private const string OriginalUrlKey = "sitegen.url";
    private const string GeneratedTextKey = "sitegen.text";

    /// <summary>
    /// The URL as the author wrote it. Resolution rewrites link.Url, and a document parsed once may be resolved again in a
    /// later build (the dev server keeps unchanged documents), so the written URL is kept beside it.
    /// </summary>
    private static string OriginalUrl(LinkInline link)
    {
        if (link.GetData(OriginalUrlKey) is string original) return original;
        original = link.Url ?? "";
        link.SetData(OriginalUrlKey, original);
        return original;
    }

    /// <summary>Removes text an earlier resolution put into an empty link; true when the link has no text of the author's.</summary>
    private static bool ClearGeneratedText(LinkInline link)
    {
        if (link.GetData(GeneratedTextKey) is true)
        {
            while (link.FirstChild is { } child) child.Remove();
            link.RemoveData(GeneratedTextKey);
        }
        return link.FirstChild is null;
    }

    private static void AppendGeneratedText(LinkInline link, string text)
    {
        link.AppendChild(new LiteralInline(text));
        link.SetData(GeneratedTextKey, true);
    }

    /// <summary>Resolves the links of one document; returns the site-relative URLs (without fragment) it links to.</summary>
    public IReadOnlyList<string> Resolve(MarkdownDocument document, DocumentContext context, DiagnosticBag diagnostics)
    {
        var signature = new System.Text.StringBuilder();
        var targets = new List<string>();
        foreach (var link in MarkdownTree.Links(document))
        {
            var url = OriginalUrl(link);
            link.Url = url;
            var hasOwnText = !ClearGeneratedText(link);
            var at = context.Locate(link.Line, link.Column);
            var target = ResolveUrl(url, link.IsImage, context, at, diagnostics, out var title, out var classes, out var tooltip);
            if (target is null) continue;
            link.Url = target.Value.Href;
            var attributes = link.GetAttributes();
            if (classes is not null) attributes.Classes = [.. classes];
            attributes.Properties?.RemoveAll(p => p.Key == "data-definition");
            if (tooltip is not null) attributes.AddProperty("data-definition", tooltip);
            if (!hasOwnText && title is not null) AppendGeneratedText(link, title);
            if (target.Value.SiteUrl is { } siteUrl && siteUrl != context.OwnerUrl) targets.Add(siteUrl);
            signature.Append(link.Url).Append('\u0001').Append(hasOwnText ? "" : title).Append('\u0001').Append(tooltip).Append('\u0002');
        }
        // What the links resolved to: rendered HTML of this document can be reused while this stays the same.
        document.SetData(ResolutionKey, signature.ToString());
        return targets;
    }

    /// <summary>Resolves the links of a page (see <see cref="PageBody.Links"/>); returns the site-relative URLs (without fragment) it links to.</summary>
    public IReadOnlyList<string> Resolve(PageBody body, DocumentContext context, DiagnosticBag diagnostics)
    {
        var targets = new List<string>();
        foreach (ref var link in body.Links.AsSpan())
        {
            var at = context.Locate(link.Line, link.Column);
            var target = ResolveUrl(link.Url, link.IsImage, context, at, diagnostics, out var title, out var classes, out var tooltip);
            if (target is null) link.Resolve(null, null, null, null);
            else link.Resolve(Shared(target.Value.Href), classes, tooltip, title);
            if (target?.SiteUrl is { } siteUrl && siteUrl != context.OwnerUrl) targets.Add(Shared(siteUrl));
        }
        return targets;
    }

    /// <summary>
    /// Resolves a link target written outside Markdown, such as an onboarding step, by the same rules as a Markdown link; it
    /// must lead to a page of the handbook. Returns the href and the target's title, or null once the problem is reported.
    /// </summary>
    public (string Href, string Title)? ResolveTarget(string url, DocumentContext context, SourceLocation at, DiagnosticBag diagnostics)
    {
        var colon = url.IndexOf(':');
        var scheme = colon > 0 ? url[..colon].ToLowerInvariant() : "";
        // Links that leave the handbook, or name no page, are left alone in Markdown without a word; here they are mistakes.
        var elsewhere = url.StartsWith('/') || url.StartsWith('#') || (IsScheme(scheme) && Array.IndexOf(Schemes, scheme) < 0);
        if (!elsewhere)
        {
            var target = ResolveUrl(url, isImage: false, context, at, diagnostics, out var title, out _, out _);
            if (target is null) return null;
            if (title is not null) return (target.Value.Href, title);
        }
        diagnostics.Error(DiagnosticCodes.StepNotAPage, $"'{url}' is not a page of the handbook", at,
            "write role:<id>, stage:<id>, activity:<id>, term:<id> or a page under pages/, such as policies/pricing.md");
        return null;
    }

    private (string Href, string? SiteUrl)? ResolveUrl(string url, bool isImage, DocumentContext context, SourceLocation at,
        DiagnosticBag diagnostics, out string? title, out string[]? classes, out string? tooltip)
    {
        title = null;
        classes = null;
        tooltip = null;
        var colon = url.IndexOf(':');
        var scheme = colon > 0 ? url[..colon].ToLowerInvariant() : "";

        if (Array.IndexOf(Schemes, scheme) >= 0)
        {
            var rest = url[(colon + 1)..];
            var hash = rest.IndexOf('#');
            var id = hash < 0 ? rest : rest[..hash];
            var fragment = hash < 0 ? "" : rest[hash..];
            string? siteUrl = null;
            switch (scheme)
            {
                case "role" when _roles.TryGetValue(id, out var role):
                    siteUrl = SiteUrls.Role(id); title = role.Title; classes = RoleClasses;
                    break;
                case "stage" when _stages.TryGetValue(id, out var stage):
                    siteUrl = SiteUrls.Stage(id); title = stage.Title; classes = StageClasses;
                    break;
                case "activity" when _activities.TryGetValue(id, out var activity):
                    title = activity.Title; classes = ActivityClasses;
                    var activityUrl = SiteUrls.Activity(activity.StageId, id);
                    return (Href(activityUrl), SiteUrls.Stage(activity.StageId));
                case "term" when _terms.TryGetValue(id, out var term):
                    title = term.Name; classes = TermClasses;
                    tooltip = _termSummaries.GetValueOrDefault(id);
                    return (Href(SiteUrls.Term(id)), null);
            }
            if (siteUrl is not null) return (Href(siteUrl + fragment), siteUrl);
            ReportUnknownId(scheme, id, at, diagnostics);
            return null;
        }

        if (Array.IndexOf(UnsafeSchemes, scheme) >= 0)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, $"'{scheme}:' links are not allowed", at,
                "they can run code in the reader's browser; link to a page or an https: address instead");
            return null;
        }
        if (colon > 0 && IsScheme(scheme)) return null; // http:, https:, mailto: and other external links stay as written
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('/')) return null;

        if (url.StartsWith('#'))
        {
            var anchor = Uri.UnescapeDataString(url[1..]);
            if (anchor.Length > 0 && !context.OwnAnchors.Contains(anchor))
                diagnostics.Error(DiagnosticCodes.UnknownAnchor, $"this page has no heading with the anchor '#{anchor}'", at,
                    Suggestions.DidYouMean(anchor, context.OwnAnchors) ?? "headings get GitHub-style ids: '## The five moments' → #the-five-moments");
            return null;
        }

        return ResolveRelative(url, isImage, context, at, diagnostics, out title);
    }

    private (string Href, string? SiteUrl)? ResolveRelative(string url, bool isImage, DocumentContext context, SourceLocation at,
        DiagnosticBag diagnostics, out string? title)
    {
        title = null;
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        var pathPart = hash < 0 ? url : url[..hash];
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        var path = Normalise(context.BaseFolder + Uri.UnescapeDataString(pathPart));
        if (path is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownPage, $"the link '{url}' leads outside the site", at, "link to a file inside the site folder");
            return null;
        }

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith('/') || path.Length == 0)
        {
            var source = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path : path + "index.md";
            if (!pageUrls.TryGetValue(source, out var pageUrl) && !(path.EndsWith('/') && pageUrls.TryGetValue("section:" + path, out pageUrl)))
            {
                if (_drafts.Contains(source))
                    diagnostics.Error(DiagnosticCodes.DraftLink, $"the link '{url}' leads to a draft page, which is not published", at,
                        "publish the page (draft: false) or remove the link");
                else
                    diagnostics.Error(DiagnosticCodes.UnknownPage, $"the link '{url}' leads to '{path}', which does not exist", at,
                        Suggestions.DidYouMean(source, pageUrls.Keys.Where(k => !k.StartsWith("section:", StringComparison.Ordinal))));
                return null;
            }
            title = titlesByUrl.GetValueOrDefault(pageUrl);
            if (fragment.Length > 0)
            {
                var anchors = anchorsByUrl.GetValueOrDefault(pageUrl) ?? new HashSet<string>();
                if (!anchors.Contains(fragment))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownAnchor, $"'{path}' has no heading with the anchor '#{fragment}'", at,
                        Suggestions.DidYouMean(fragment, anchors) ?? "headings get GitHub-style ids: '## The five moments' → #the-five-moments");
                    return null;
                }
                return (Href(pageUrl + "#" + fragment), pageUrl);
            }
            return (Href(pageUrl), pageUrl);
        }

        if (_assets.Contains(path)) return (Href(path + (fragment.Length > 0 ? "#" + fragment : "")), null);
        diagnostics.Error(DiagnosticCodes.UnknownAsset, $"the {(isImage ? "image" : "link")} '{url}' leads to '{path}', which is not a file under assets/", at,
            Suggestions.DidYouMean(path, _assets) ?? "put images and documents under assets/ and link to them relative to this file");
        return null;
    }

    private string Href(string siteUrl) => SiteUrls.Href(model.Config.BasePath, siteUrl);

    private void ReportUnknownId(string scheme, string id, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (code, candidates) = scheme switch
        {
            "role" => (DiagnosticCodes.UnknownRole, (IEnumerable<string>)_roles.Keys),
            "stage" => (DiagnosticCodes.UnknownStage, _stages.Keys),
            "activity" => (DiagnosticCodes.UnknownActivity, _activities.Keys),
            _ => (DiagnosticCodes.UnknownTerm, _terms.Keys),
        };
        var kind = scheme == "term" ? "glossary term" : scheme;
        diagnostics.Error(code, $"unknown {kind} '{id}'", at, Suggestions.DidYouMean(id, candidates));
    }

    /// <summary>Resolves "." and ".." in a site-relative path; null when it climbs above the site root.</summary>
    public static string? Normalise(string path)
    {
        var parts = new List<string>();
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "." || (segment.Length == 0 && i < segments.Length - 1)) continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static bool IsScheme(string scheme) => scheme.Length > 1 && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
}
