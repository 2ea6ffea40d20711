using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;

namespace SiteGen.Bind;

/// <summary>Puts the parsed files together into one model and checks that every id and every URL is taken once.</summary>
public sealed class SiteBinder
{
    public SiteModel Bind(SiteConfig config, IReadOnlyList<Role> roles, IReadOnlyList<Stage> stages, IReadOnlyList<Term> terms,
        IReadOnlyList<Page> pages, DiscoveredSite site, DiagnosticBag diagnostics)
    {
        var uniqueRoles = Unique(roles, r => r.Id, r => r.Span, "role", diagnostics);
        // Activity ids are unique across all stages because activity: links name no stage; a repeated one is dropped.
        var uniqueActivities = Unique(stages.SelectMany(s => s.Activities).ToList(), a => a.Id, a => a.Span, "activity", diagnostics).ToHashSet();
        var uniqueStages = Unique(stages, s => s.Id, s => s.Span, "stage", diagnostics)
            .Select(s => s.Activities.All(uniqueActivities.Contains) ? s : s with { Activities = s.Activities.Where(uniqueActivities.Contains).ToList() })
            .ToList();
        var uniqueTerms = Unique(terms, t => t.Id, t => t.Span, "term", diagnostics);
        CheckTermNames(uniqueTerms, diagnostics);

        var published = pages.Where(p => !p.FrontMatter.Draft).ToList();
        var drafts = pages.Where(p => p.FrontMatter.Draft).ToList();
        published = CheckUrls(published, diagnostics);

        return new SiteModel(config, uniqueRoles, uniqueStages, uniqueTerms, published, drafts, site.Assets, site.Root);
    }

    private static List<T> Unique<T>(IReadOnlyList<T> items, Func<T, string> idOf, Func<T, SourceLocation> spanOf, string kind, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var item in items)
        {
            if (first.TryGetValue(idOf(item), out var earlier))
            {
                var at = spanOf(earlier);
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"duplicate {kind} id '{idOf(item)}'", spanOf(item),
                    $"it is already used at {at.File}({at.Line},{at.Column}); ids must be unique");
                continue;
            }
            first.Add(idOf(item), item);
            unique.Add(item);
        }
        return unique;
    }

    /// <summary>A term and an alias spelt the same would make the glossary ambiguous for readers and for search.</summary>
    private static void CheckTermNames(IReadOnlyList<Term> terms, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var name in new[] { term.Name }.Concat(term.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owners.TryGetValue(name, out var other) && other != term)
                    diagnostics.Warning(DiagnosticCodes.DuplicateId, $"'{name}' names both term '{other.Id}' and term '{term.Id}'", term.Span,
                        "give each term its own name and aliases");
                else
                    owners.TryAdd(name, term);
            }
        }
    }

    /// <summary>Reports pages and aliases that claim a taken URL; returns the pages with only their usable aliases.</summary>
    private static List<Page> CheckUrls(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var byUrl = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            if (byUrl.TryGetValue(page.Url, out var other))
            {
                diagnostics.Error(DiagnosticCodes.UrlCollision, $"'{page.SourcePath}' and '{other.SourcePath}' both make the page /{page.Url}",
                    new SourceLocation(page.SourcePath, 1, 1), "rename or move one of them");
                continue;
            }
            byUrl.Add(page.Url, page);
        }
        var claimed = new Dictionary<string, Ref>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Page>(pages.Count);
        foreach (var page in pages)
        {
            var usable = new List<Ref>();
            foreach (var alias in page.FrontMatter.Aliases)
            {
                var url = NormaliseAlias(alias.Id);
                if (url.Length == 0 || url.Split('/').Any(part => part is "." or ".." || part.Contains('\\')) || url.Contains("//", StringComparison.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"alias '{alias.Id}' is not a URL path inside the site", alias.Span,
                        "write the old URL as a path such as /old/path/");
                    continue;
                }
                if (byUrl.TryGetValue(url, out var other))
                    diagnostics.Error(DiagnosticCodes.UrlCollision, $"alias '{alias.Id}' is the URL of '{other.SourcePath}'", alias.Span,
                        "an alias must be an old URL that no page uses now");
                else if (claimed.TryGetValue(url, out var earlier))
                    diagnostics.Error(DiagnosticCodes.UrlCollision, $"alias '{alias.Id}' is already an alias at {earlier.Span}", alias.Span,
                        "an old URL can redirect to one page only");
                else
                {
                    claimed.Add(url, alias);
                    usable.Add(alias with { Id = url });
                }
            }
            result.Add(page.FrontMatter.Aliases.Count == 0 ? page : page with { FrontMatter = page.FrontMatter with { Aliases = usable } });
        }
        return result;
    }

    /// <summary>"/old/path" and "old/path/" both mean the folder old/path/ under the site root.</summary>
    public static string NormaliseAlias(string alias)
    {
        var trimmed = alias.Trim().Trim('/');
        if (trimmed.EndsWith("/index.html", StringComparison.Ordinal)) trimmed = trimmed[..^"/index.html".Length];
        return trimmed.Length == 0 ? "" : trimmed + "/";
    }
}
