using SiteGen.Link;
using SiteGen.Model;

namespace SiteGen.Changes;

/// <summary>
/// Compares two versions of a site: which pages, roles, stages, activities and terms were added, removed or changed, the
/// changes to their data said in words ("responsible changed from A to B"), and a word diff of each changed page's text.
/// </summary>
public sealed class VersionComparer(SiteGraph before, SiteGraph after)
{
    public ChangeSet Compare() => new(
        Pages(),
        Entities(before.Model.Roles, after.Model.Roles, r => r.Id, r => r.Title, r => SiteUrls.Role(r.Id), RoleDetails),
        Entities(before.Model.Stages, after.Model.Stages, s => s.Id, s => s.Title, s => SiteUrls.Stage(s.Id), StageDetails),
        Entities(before.Model.Activities, after.Model.Activities, a => a.Id, a => a.Title, a => SiteUrls.Activity(a.StageId, a.Id), ActivityDetails),
        Entities(before.Model.Terms, after.Model.Terms, t => t.Id, t => t.Name, t => SiteUrls.Term(t.Id), TermDetails));

    /// <summary>Added and changed entries in the newer version's order, then the removed ones in the older version's.</summary>
    private static List<EntityChange> Entities<T>(IEnumerable<T> older, IEnumerable<T> newer, Func<T, string> idOf, Func<T, string> titleOf,
        Func<T, string> urlOf, Func<T, T, List<string>> detailsOf)
    {
        var previous = older.ToDictionary(idOf, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<EntityChange>();
        foreach (var item in newer)
        {
            var id = idOf(item);
            present.Add(id);
            if (!previous.TryGetValue(id, out var was)) changes.Add(new EntityChange(ChangeKind.Added, id, titleOf(item), urlOf(item), []));
            else if (detailsOf(was, item) is { Count: > 0 } details) changes.Add(new EntityChange(ChangeKind.Changed, id, titleOf(item), urlOf(item), details));
        }
        foreach (var item in older.Where(i => !present.Contains(idOf(i))))
            changes.Add(new EntityChange(ChangeKind.Removed, idOf(item), titleOf(item), null, []));
        return changes;
    }

    private List<PageChange> Pages()
    {
        var previous = before.Model.Pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<PageChange>();
        foreach (var page in after.Model.Pages)
        {
            present.Add(page.SourcePath);
            if (!previous.TryGetValue(page.SourcePath, out var was))
            {
                changes.Add(new PageChange(ChangeKind.Added, page.SourcePath, page.FrontMatter.Title, page.Url, [], []));
                continue;
            }
            var details = PageDetails(was.FrontMatter, page.FrontMatter);
            var oldText = PageText.Paragraphs(was.Body);
            var newText = PageText.Paragraphs(page.Body);
            var diff = oldText.SequenceEqual(newText, StringComparer.Ordinal) ? [] : WordDiff.Compare(oldText, newText);
            if (details.Count > 0 || diff.Count > 0)
                changes.Add(new PageChange(ChangeKind.Changed, page.SourcePath, page.FrontMatter.Title, page.Url, details, diff));
        }
        foreach (var page in before.Model.Pages.Where(p => !present.Contains(p.SourcePath)))
            changes.Add(new PageChange(ChangeKind.Removed, page.SourcePath, page.FrontMatter.Title, page.Url, [], []));
        return changes;
    }

    private List<string> PageDetails(FrontMatter was, FrontMatter now)
    {
        var details = new List<string>();
        Changed(details, "title", was.Title, now.Title);
        Quoted(details, "summary", was.Summary, now.Summary);
        Changed(details, "owner", RoleTitle(before, was.Owner?.Id), RoleTitle(after, now.Owner?.Id));
        Changed(details, "effective date", Day(was.Effective), Day(now.Effective));
        Changed(details, "review date", Day(was.ReviewBy), Day(now.ReviewBy));
        Items(details, "tag", was.Tags, now.Tags);
        return details;
    }

    private List<string> RoleDetails(Role was, Role now)
    {
        var details = new List<string>();
        Changed(details, "title", was.Title, now.Title);
        Quoted(details, "summary", was.Summary, now.Summary);
        var oldManager = RoleTitle(before, was.ReportsTo?.Id);
        var newManager = RoleTitle(after, now.ReportsTo?.Id);
        if (was.ReportsTo?.Id != now.ReportsTo?.Id)
            details.Add(oldManager is null ? $"now reports to {newManager}"
                : newManager is null ? $"no longer reports to {oldManager}"
                : $"reports to changed from {oldManager} to {newManager}");
        Text(details, "description", was.Description, now.Description);
        Items(details, "responsibility", was.Responsibilities, now.Responsibilities);
        Items(details, "quality", was.Qualities, now.Qualities);
        return details;
    }

    private static List<string> StageDetails(Stage was, Stage now)
    {
        var details = new List<string>();
        Changed(details, "title", was.Title, now.Title);
        Quoted(details, "summary", was.Summary, now.Summary);
        Text(details, "description", was.Description, now.Description);
        return details;
    }

    private List<string> ActivityDetails(Activity was, Activity now)
    {
        var details = new List<string>();
        Changed(details, "title", was.Title, now.Title);
        if (was.StageId != now.StageId)
            details.Add($"moved from stage {before.Stages.GetValueOrDefault(was.StageId)?.Title ?? was.StageId} to {after.Stages.GetValueOrDefault(now.StageId)?.Title ?? now.StageId}");
        Text(details, "description", was.Description, now.Description);
        Assignees(details, "responsible", was.Responsible, now.Responsible);
        Assignees(details, "accountable", was.Accountable is { } a ? [a] : [], now.Accountable is { } b ? [b] : []);
        Assignees(details, "consulted", was.Consulted, now.Consulted);
        Assignees(details, "informed", was.Informed, now.Informed);
        return details;
    }

    private static List<string> TermDetails(Term was, Term now)
    {
        var details = new List<string>();
        if (was.Name != now.Name) details.Add($"renamed from {was.Name} to {now.Name}");
        Items(details, "alias", was.Aliases, now.Aliases);
        Text(details, "definition", was.Definition, now.Definition);
        return details;
    }

    /// <summary>Who holds an R/A/C/I: the same roles in another order is no change; each side is named with its own version's titles.</summary>
    private void Assignees(List<string> details, string label, IReadOnlyList<Ref> was, IReadOnlyList<Ref> now)
    {
        if (was.Select(r => r.Id).ToHashSet(StringComparer.Ordinal).SetEquals(now.Select(r => r.Id))) return;
        details.Add($"{label} changed from {Names(was.Select(r => RoleTitle(before, r.Id)!))} to {Names(now.Select(r => RoleTitle(after, r.Id)!))}");
    }

    private static void Changed(List<string> details, string label, string? was, string? now)
    {
        if (was == now) return;
        details.Add(was is null ? $"{label} set to {now}" : now is null ? $"{label} removed (was {was})" : $"{label} changed from {was} to {now}");
    }

    private static void Quoted(List<string> details, string label, string? was, string? now) =>
        Changed(details, label, was is null ? null : $"“{was}”", now is null ? null : $"“{now}”");

    private static void Text(List<string> details, string label, MarkdownText? was, MarkdownText? now)
    {
        if (was?.Text.Trim() == now?.Text.Trim()) return;
        details.Add(was is null ? $"{label} added" : now is null ? $"{label} removed" : $"{label} changed");
    }

    private static void Items(List<string> details, string label, IReadOnlyList<string> was, IReadOnlyList<string> now)
    {
        foreach (var item in now.Except(was, StringComparer.Ordinal)) details.Add($"{label} added: “{item}”");
        foreach (var item in was.Except(now, StringComparer.Ordinal)) details.Add($"{label} removed: “{item}”");
    }

    private static string? RoleTitle(SiteGraph graph, string? id) => id is null ? null : graph.Roles.GetValueOrDefault(id)?.Title ?? id;

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"nobody", "A", "A and B", "A, B and C".</summary>
    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "nobody",
            1 => list[0],
            _ => $"{string.Join(", ", list.SkipLast(1))} and {list[^1]}",
        };
    }
}
