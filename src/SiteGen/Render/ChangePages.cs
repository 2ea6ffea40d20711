using SiteGen.Changes;
using SiteGen.History;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Plans the pages about change: the changelog (the latest commits and the pages they touched), "Changes since &lt;previous
/// version&gt;", and for each changed page the word diff of its text.
/// </summary>
public sealed class ChangePages(SiteGraph graph, JobPlanner planner)
{
    /// <summary>How many of the latest commits the changelog lists.</summary>
    public const int ChangelogLength = 50;

    public IEnumerable<RenderJob> Plan()
    {
        var context = planner.Context;
        if (context.History is { } history) yield return Changelog(history);
        if (context.Previous is not { } previous) yield break;
        yield return WhatsNew(previous, context.PreviousUrl ?? graph.Href(SiteUrls.Home), context.Changes);
        foreach (var page in context.Changes?.Pages.Where(p => p.Kind == ChangeKind.Changed) ?? []) yield return Diff(page, previous);
    }

    /// <summary>The anchor of a change on the changes page, such as roles-cmo, so a changed page's notice can lead straight to it.</summary>
    public static string Anchor(string group, string id) => $"{group}-{Slug.From(id)}";

    /// <summary>A changed page's anchor, from its source file (pages/a/b.md → pages-a-b).</summary>
    public static string PageAnchor(string sourcePath) => Anchor("pages", sourcePath["pages/".Length..^".md".Length]);

    private RenderJob Changelog(SiteHistory history)
    {
        var pages = graph.Model.Pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var entries = history.Commits.Take(ChangelogLength).Select(commit =>
        {
            var links = new List<LinkView>();
            var others = new List<string>();
            foreach (var file in commit.Files)
            {
                if (pages.TryGetValue(file, out var page)) links.Add(new LinkView(page.FrontMatter.Title, graph.Href(page.Url)));
                else if (DataPage(file) is { } data) links.Add(data);
                else others.Add(file);
            }
            return new ChangelogEntryView(CommitViews.Of(commit, graph.Config.Repository), links.Distinct().ToList(), others);
        }).ToList();
        var view = new ChangelogView("Changelog", planner.ProseHtml(SiteUrls.Changelog), entries, history.Commits.Count);
        return planner.Generated(SiteUrls.Changelog, "changelog", view, "Changelog", "The latest changes to the handbook", "changelog", [Home()]);
    }

    /// <summary>The generated page a data file makes.</summary>
    private LinkView? DataPage(string file) => file switch
    {
        "data/roles.yml" => new LinkView("Roles", graph.Href(SiteUrls.Roles)),
        "data/lifecycle.yml" => new LinkView("Lifecycle", graph.Href(SiteUrls.Stages)),
        "data/glossary.yml" => new LinkView("Glossary", graph.Href(SiteUrls.Glossary)),
        _ => null,
    };

    private RenderJob WhatsNew(string previous, string previousUrl, ChangeSet? changes)
    {
        var title = $"Changes since {previous}";
        IReadOnlyList<ChangeGroupView> groups = changes is null
            ? []
            : new[]
            {
                Group("pages", "Pages", changes.Pages.Select(p => (p.Kind, PageItem(p)))),
                Group("roles", "Roles", changes.Roles.Select(c => (c.Kind, Item("roles", c)))),
                Group("stages", "Stages", changes.Stages.Select(c => (c.Kind, Item("stages", c)))),
                Group("activities", "Activities", changes.Activities.Select(c => (c.Kind, Item("activities", c)))),
                Group("terms", "Terms", changes.Terms.Select(c => (c.Kind, Item("terms", c)))),
            }.Where(g => g.Added.Count + g.Changed.Count + g.Removed.Count > 0).ToList();
        var view = new WhatsNewView(title, planner.ProseHtml(SiteUrls.WhatsNew), previous, previousUrl, changes is not null, groups);
        return planner.Generated(SiteUrls.WhatsNew, "whats-new", view, title, $"What changed in the handbook since {previous}", "whats-new", [Home()]);
    }

    private static ChangeGroupView Group(string id, string title, IEnumerable<(ChangeKind Kind, ChangeItemView Item)> items)
    {
        var list = items.ToList();
        IReadOnlyList<ChangeItemView> Of(ChangeKind kind) => list.Where(i => i.Kind == kind).Select(i => i.Item).ToList();
        return new ChangeGroupView(id, title, Of(ChangeKind.Added), Of(ChangeKind.Changed), Of(ChangeKind.Removed));
    }

    private ChangeItemView Item(string group, EntityChange change) =>
        new(Anchor(group, change.Id), change.Title, change.Url is { } url ? graph.Href(url) : null, change.Details, null);

    private ChangeItemView PageItem(PageChange change) =>
        new(PageAnchor(change.SourcePath), change.Title, change.Kind == ChangeKind.Removed ? null : graph.Href(change.Url), change.Details,
            change.Kind == ChangeKind.Changed ? graph.Href(SiteUrls.PageDiff(change.SourcePath)) : null);

    private RenderJob Diff(PageChange change, string previous)
    {
        var title = $"{change.Title}: changes since {previous}";
        var view = new PageDiffView(title, new LinkView(change.Title, graph.Href(change.Url)), previous, graph.Href(SiteUrls.WhatsNew), change.Details,
            change.TextDiff.Count > 0 ? DiffHtml.Render(change.TextDiff) : null);
        return planner.Generated(SiteUrls.PageDiff(change.SourcePath), "page-diff", view, title, null, "page-diff",
            [Home(), new LinkView($"Changes since {previous}", graph.Href(SiteUrls.WhatsNew))]);
    }

    private LinkView Home() => new("Home", graph.Href(SiteUrls.Home));
}
