using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>The site model with every reference resolved: who reports to whom, who does what, which page goes where, what links to what.</summary>
public sealed class SiteGraph
{
    public required SiteModel Model { get; init; }
    public required IReadOnlyDictionary<string, Role> Roles { get; init; }
    public required IReadOnlyDictionary<string, Stage> Stages { get; init; }
    public required IReadOnlyDictionary<string, Activity> Activities { get; init; }
    public required IReadOnlyDictionary<string, Term> Terms { get; init; }

    /// <summary>Roles that report to no known role: the roots of the org chart, in file order.</summary>
    public required IReadOnlyList<Role> RootRoles { get; init; }
    public required IReadOnlyDictionary<string, Role> Managers { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Role>> DirectReports { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Assignment>> Assignments { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Page>> OwnedPages { get; init; }

    /// <summary>Markdown pages whose URL is a generated page's (roles/cmo/, stages/, the home page…): their text joins that page.</summary>
    public required IReadOnlyDictionary<string, Page> Prose { get; init; }

    /// <summary>Markdown pages with a URL of their own, sections' index pages included.</summary>
    public required IReadOnlyList<Page> ContentPages { get; init; }
    public required Section RootSection { get; init; }
    public required IReadOnlyDictionary<string, Section> Sections { get; init; }
    public required IReadOnlyDictionary<Page, Section> SectionOf { get; init; }

    /// <summary>Tags by slug: the name as first written and the pages that carry it, ordered by title.</summary>
    public required IReadOnlyList<(string Slug, string Name, IReadOnlyList<Page> Pages)> Tags { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Backlink>> Backlinks { get; init; }

    /// <summary>The onboarding path of each role that has one, by role id.</summary>
    public required IReadOnlyDictionary<string, OnboardingPath> Onboarding { get; init; }

    /// <summary>How each Markdown page's links resolved, kept so an edited page can be resolved again alone.</summary>
    public required PageLinks PageLinks { get; init; }

    public SiteConfig Config => Model.Config;

    public string Href(string url) => SiteUrls.Href(Config.BasePath, url);

    public IReadOnlyList<Backlink> BacklinksTo(string url) => Backlinks.TryGetValue(url, out var list) ? list : [];

    public IReadOnlyList<T> ListOf<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];
}
