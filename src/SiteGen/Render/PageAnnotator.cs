using SiteGen.Changes;
using SiteGen.Link;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Adds to every page what depends on more than the page itself: its git history, the version switcher, and the notices at
/// its top (an older version, changed since the previous version, due for review). It runs once every version's pages are
/// known, since the switcher needs them.
/// </summary>
public sealed class PageAnnotator(SiteGraph graph, JobPlanner planner, VersionLinks? versions)
{
    /// <summary>How many of the latest commits a page's history lists.</summary>
    public const int HistoryLength = 5;

    private readonly Dictionary<string, string> _changedData = ChangedData(planner.Context.Changes);

    /// <summary>Where each changed page's file comes in the change set, so each job looks up its own files rather than scanning every change.</summary>
    private readonly Dictionary<string, int> _changedPages = ChangedPages(planner.Context.Changes);

    public IReadOnlyList<RenderJob> Annotate(IReadOnlyList<RenderJob> jobs) => jobs.Select(job => job.UseLayout ? Annotate(job) : job).ToList();

    /// <summary>The job with what it gets added, or the job itself when it gets nothing: outside git, most pages.</summary>
    private RenderJob Annotate(RenderJob job)
    {
        var history = History(job);
        var menu = versions?.Menu(job.Url);
        var notices = Notices(job);
        return history is null && menu is null && notices.Count == 0 ? job : job with { History = history, Versions = menu, Notices = notices };
    }

    private PageHistoryView? History(RenderJob job)
    {
        if (planner.Context.History is not { } history) return null;
        var commits = history.Of(job.Sources, HistoryLength);
        if (commits.Count == 0) return null;
        var views = commits.Select(c => CommitViews.Of(c, graph.Config.Repository)).ToList();
        return new PageHistoryView(views[0].Date, views[0].Author, views[0].ShortHash, views[0].Url, views);
    }

    private List<NoticeView> Notices(RenderJob job)
    {
        var notices = new List<NoticeView>();
        if (versions?.OlderVersionNotice(job.Url) is { } older) notices.Add(older);
        if (ChangedNotice(job) is { } changed) notices.Add(changed);
        foreach (var source in job.Sources)
        {
            if (planner.Reviews.For(source) is not { Overdue: true } item) continue;
            var text = $"Due for review: its review date, {Review.ReviewSchedule.Day(item.Page.FrontMatter.ReviewBy)}, has passed.";
            notices.Add(item.Owner is { } owner
                ? new NoticeView("review-due", $"{text} Owner:", new LinkView(owner.Title, graph.Href(SiteUrls.Role(owner.Id))))
                : new NoticeView("review-due", $"{text} The page names no owner.", null));
        }
        return notices;
    }

    /// <summary>A page whose text changed since the previous version leads to its diff; a role, stage or glossary whose data changed, to the change.</summary>
    private NoticeView? ChangedNotice(RenderJob job)
    {
        if (planner.Context is not { Previous: { } previous, Changes: { } changes }) return null;
        var first = job.Sources.Select(source => _changedPages.GetValueOrDefault(source, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
        var page = first < int.MaxValue ? changes.Pages[first] : null;
        var target = page is not null ? SiteUrls.PageDiff(page.SourcePath)
            : _changedData.TryGetValue(job.Url, out var anchor) ? $"{SiteUrls.WhatsNew}#{anchor}"
            : null;
        return target is null ? null : new NoticeView("changed", $"This page changed since {previous}.", new LinkView("See what changed", graph.Href(target)));
    }

    private static Dictionary<string, int> ChangedPages(ChangeSet? changes)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        if (changes is null) return pages;
        for (var i = 0; i < changes.Pages.Count; i++)
            if (changes.Pages[i].Kind == ChangeKind.Changed) pages.TryAdd(changes.Pages[i].SourcePath, i);
        return pages;
    }

    /// <summary>The generated pages whose data changed, by URL, with the anchor of the first change shown on each.</summary>
    private static Dictionary<string, string> ChangedData(ChangeSet? changes)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes is null) return pages;
        var groups = new[] { ("roles", changes.Roles), ("stages", changes.Stages), ("activities", changes.Activities), ("terms", changes.Terms) };
        foreach (var (group, list) in groups)
            foreach (var change in list.Where(c => c.Kind == ChangeKind.Changed && c.Url is not null))
                pages.TryAdd(change.Url!.Split('#')[0], ChangePages.Anchor(group, change.Id));
        return pages;
    }
}
