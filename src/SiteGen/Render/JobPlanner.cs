using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Render.Views;
using SiteGen.Review;

namespace SiteGen.Render;

/// <summary>
/// Decides every page of the output and builds the view each template receives: the site graph turned into what readers see.
/// The context adds what git knows (history, versions) and the date reviews fall due by.
/// </summary>
public sealed class JobPlanner(SiteGraph graph, MarkdownHtml markdown, string? repositoryFolder, PlanContext? context = null)
{
    private static readonly BadgeView[] Badges =
    [
        new("R", "Responsible", "raci-r"),
        new("A", "Accountable", "raci-a"),
        new("C", "Consulted", "raci-c"),
        new("I", "Informed", "raci-i"),
    ];

    private readonly PlanContext _context = context ?? new PlanContext();

    private readonly SiteView _site = new(
        graph.Config.Title, graph.Config.Description, graph.Config.Language, graph.Href(SiteUrls.Home), graph.Href("_theme/"),
        graph.Href(SiteUrls.Roles), graph.Href(SiteUrls.Stages), graph.Href(SiteUrls.Responsibilities), graph.Href(SiteUrls.Glossary),
        graph.Href(SiteUrls.Tags), graph.Href(SiteUrls.Reviews), context?.History is null ? null : graph.Href(SiteUrls.Changelog),
        context?.Previous is null ? null : graph.Href(SiteUrls.WhatsNew));

    private readonly ReviewSchedule _reviews = new(graph, context?.Today);

    private readonly OnboardingViews _onboarding = new(graph, markdown);

    private readonly Dictionary<string, string> _tagNames = graph.Tags.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);

    public SiteView Site => _site;

    public string Href(string url) => graph.Href(url);

    public PlanContext Context => _context;

    /// <summary>
    /// Leaves each content page's view to be made when the page is rendered (see <see cref="LaterView"/>), and the page's body
    /// to go once it is, for a build that keeps nothing for the next. Every page's sidebar and table of contents are made then
    /// too (see <see cref="SidebarOf"/>): made in the plan, they were held until the last page was rendered, and the collector
    /// copied them from one generation to the next on the way.
    /// </summary>
    public bool DefersViews { get; init; }

    /// <summary>The sidebar of a planned page: the one planned with it, or made now when that was left for the render.</summary>
    public IReadOnlyList<NavItemView> SidebarOf(RenderJob job) => job.Nav ?? Nav(job.Url);

    /// <summary>The table of contents of a planned page: the one planned with it, or made now when that was left for the render.</summary>
    public IReadOnlyList<TocItemView> TocOf(RenderJob job) => job.Toc ?? Toc(job.TocSource);

    public ReviewSchedule Reviews => _reviews;

    public IReadOnlyList<RenderJob> Plan()
    {
        var plans = new List<Func<RenderJob>>
        {
            Home,
            Roles,
            Stages,
            Matrix,
            Glossary,
            TagsOverview,
            () => Job("404.html", "404", _site, "Page not found", null, "404", Crumbs(), null),
        };
        foreach (var section in graph.Sections.Values.Where(s => s.Url.Length > 0).OrderBy(s => s.Url, StringComparer.Ordinal)) plans.Add(() => SectionPage(section));
        foreach (var page in graph.ContentPages.Where(p => graph.SectionOf[p].Index != p)) plans.Add(() => ContentPage(page));
        foreach (var role in graph.Model.Roles) plans.Add(() => RolePage(role));
        foreach (var path in graph.Onboarding.Values) plans.Add(() => StartPage(path));
        foreach (var index in Enumerable.Range(0, graph.Model.Stages.Count)) plans.Add(() => StagePage(index));
        foreach (var tag in graph.Tags) plans.Add(() => TagPage(tag.Slug, tag.Name, tag.Pages));
        foreach (var page in graph.Model.Pages)
            foreach (var alias in page.FrontMatter.Aliases)
                plans.Add(() => new RenderJob(alias.Id, "redirect", new RedirectView(TitleOf(page), graph.Href(page.Url), CanonicalUrl(page.Url), _site), TitleOf(page), null,
                    "redirect", [], [], [], null, UseLayout: false));
        // Each job stands alone, and a large handbook has thousands of pages and hundreds of sections and roles: plan them on
        // every core, each in its fixed place.
        var planned = new RenderJob[plans.Count];
        Parallel.For(0, plans.Count, i => planned[i] = plans[i]());
        var jobs = planned.ToList();
        jobs.Add(new ReviewPages(graph, this).Plan());
        jobs.AddRange(new ChangePages(graph, this).Plan());
        return WithReadingOrder(jobs);
    }

    /// <summary>
    /// The job of a Markdown page, or of the generated page that shows its text, planned again after an edit that changed only
    /// its text (<see cref="Build.PageEditBuild"/>): its place in the reading order is the one <paramref name="planned"/> had.
    /// </summary>
    public RenderJob Replan(Page page, RenderJob planned)
    {
        RenderJob job;
        if (ProsePlan(page) is { } plan) job = plan();
        else
        {
            var section = graph.SectionOf[page];
            job = section.Index == page ? SectionPage(section) : ContentPage(page);
        }
        return job with { Previous = planned.Previous, Next = planned.Next };
    }

    /// <summary>Whether <see cref="Replan"/> plans the job that shows the page's text: a content page's, or a generated page's planned here.</summary>
    public bool Replans(Page page) => graph.SectionOf.ContainsKey(page) || ProsePlan(page) is not null;

    /// <summary>
    /// How the generated page that takes <paramref name="page"/>'s text is planned, when the page is such prose and that page
    /// is planned here: the reviews and the changes are planned elsewhere.
    /// </summary>
    private Func<RenderJob>? ProsePlan(Page page)
    {
        if (!graph.Prose.TryGetValue(page.Url, out var prose) || prose != page) return null;
        switch (page.Url)
        {
            case SiteUrls.Home: return Home;
            case SiteUrls.Roles: return Roles;
            case SiteUrls.Stages: return Stages;
            case SiteUrls.Responsibilities: return Matrix;
            case SiteUrls.Glossary: return Glossary;
            case SiteUrls.Tags: return TagsOverview;
        }
        if (graph.Model.Roles.FirstOrDefault(r => SiteUrls.Role(r.Id) == page.Url) is { } role) return () => RolePage(role);
        for (var i = 0; i < graph.Model.Stages.Count; i++)
            if (SiteUrls.Stage(graph.Model.Stages[i].Id) == page.Url)
            {
                var index = i;
                return () => StagePage(index);
            }
        return null;
    }

    /// <summary>
    /// Links each page to the one before and after it in reading order: the home page, the sections and pages as the sidebar
    /// lists them (depth first), then roles, the lifecycle, the matrix and the glossary.
    /// </summary>
    private List<RenderJob> WithReadingOrder(List<RenderJob> jobs)
    {
        var order = new List<string> { SiteUrls.Home };
        void Walk(Section section)
        {
            foreach (var entry in Entries(section))
            {
                order.Add(entry.Url);
                if (entry.Section is { } child) Walk(child);
            }
        }
        Walk(graph.RootSection);
        order.Add(SiteUrls.Roles);
        order.AddRange(graph.Model.Roles.Select(r => SiteUrls.Role(r.Id)));
        order.Add(SiteUrls.Stages);
        order.AddRange(graph.Model.Stages.Select(s => SiteUrls.Stage(s.Id)));
        order.Add(SiteUrls.Responsibilities);
        order.Add(SiteUrls.Glossary);

        var byUrl = jobs.Where(j => j.UseLayout).ToDictionary(j => j.Url, StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in order) position.TryAdd(url, position.Count);
        var sequence = position.Keys.Where(byUrl.ContainsKey).ToList();
        LinkView Link(int i) => new(byUrl[sequence[i]].Title, graph.Href(sequence[i]));
        var neighbours = new Dictionary<string, (LinkView? Previous, LinkView? Next)>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Count; i++)
            neighbours[sequence[i]] = (i > 0 ? Link(i - 1) : null, i + 1 < sequence.Count ? Link(i + 1) : null);
        return jobs.Select(j => j.UseLayout && neighbours.TryGetValue(j.Url, out var n) ? j with { Previous = n.Previous, Next = n.Next } : j).ToList();
    }

    /// <summary>A section's sub-sections and pages in reading order, sorted once: every page's sidebar lists those along its branch.</summary>
    private IReadOnlyList<(string Url, string Title, Section? Section)> Entries(Section section) => _entries.GetOrAdd(section, SortedEntries);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Section, IReadOnlyList<(string Url, string Title, Section? Section)>> _entries = new();

    /// <summary>A section's sub-sections and pages in reading order: by <c>order</c>, then title.</summary>
    private static IReadOnlyList<(string Url, string Title, Section? Section)> SortedEntries(Section section) =>
        section.Children.Select(c => (Order: c.Order, c.Title, c.Url, Section: (Section?)c))
            .Concat(section.Pages.Select(p => (Order: p.FrontMatter.Order, p.FrontMatter.Title, p.Url, Section: (Section?)null)))
            .OrderBy(x => x, Comparer<(int? Order, string Title, string Url, Section? Section)>.Create((a, b) =>
            {
                var result = PageOrder.Compare(a.Order, a.Title, b.Order, b.Title);
                return result != 0 ? result : string.CompareOrdinal(a.Url, b.Url);
            }))
            .Select(x => (x.Url, x.Title, x.Section))
            .ToList();

    private string TitleOf(Page page) =>
        graph.Prose.ContainsKey(page.Url) && page.Url.Length > 0 ? GeneratedTitle(page.Url) ?? page.FrontMatter.Title : page.FrontMatter.Title;

    private string? GeneratedTitle(string url) =>
        url switch
        {
            SiteUrls.Roles => "Roles",
            SiteUrls.Stages => "Lifecycle",
            SiteUrls.Responsibilities => "Responsibilities",
            SiteUrls.Glossary => "Glossary",
            SiteUrls.Tags => "Tags",
            _ when url.StartsWith("roles/", StringComparison.Ordinal) && graph.Roles.TryGetValue(url[6..^1], out var role) => role.Title,
            _ when url.StartsWith("stages/", StringComparison.Ordinal) && graph.Stages.TryGetValue(url[7..^1], out var stage) => stage.Title,
            _ => null,
        };

    private RenderJob Job(string url, string template, object view, string title, string? description, string kind,
        IReadOnlyList<LinkView> breadcrumbs, Page? prose, string? editSource = null) =>
        new(url, template, view, title, description, kind, DefersViews ? null : Nav(url), breadcrumbs, DefersViews ? null : Toc(prose),
            EditUrl(prose?.SourcePath ?? editSource))
        {
            Sources = new[] { prose?.SourcePath, editSource }.OfType<string>().ToList(),
            TocSource = DefersViews ? prose : null,
        };

    /// <summary>A generated page planned by another class (reviews, changes), with what every page gets and the text of a Markdown page at its URL.</summary>
    public RenderJob Generated(string url, string template, object view, string title, string? description, string kind, IReadOnlyList<LinkView> breadcrumbs) =>
        Job(url, template, view, title, description, kind, breadcrumbs, graph.Prose.GetValueOrDefault(url));

    /// <summary>The HTML of the Markdown page whose text joins the generated page at <paramref name="url"/>, if there is one.</summary>
    public string? ProseHtml(string url) => Html(graph.Prose.GetValueOrDefault(url));

    private RenderJob Home()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Home);
        var root = graph.RootSection;
        var view = new HomeView(
            prose?.FrontMatter.Title ?? graph.Config.Title,
            prose?.FrontMatter.Summary ?? graph.Config.Description,
            Html(prose),
            root.Children.Select(SectionLink).ToList(),
            root.Pages.Select(PageLink).ToList(),
            graph.Model.Roles.Select(RoleLink).ToList(),
            graph.Model.Stages.Select(StageLink).ToList());
        return Job(SiteUrls.Home, "home", view, graph.Config.Title, graph.Config.Description, "home", [], prose);
    }

    private RenderJob SectionPage(Section section)
    {
        var index = section.Index;
        var view = Deferred(() => new SectionView(section.Title, index?.FrontMatter.Summary, Html(index), Meta(index),
            section.Children.Select(SectionLink).ToList(), section.Pages.Select(PageLink).ToList(), TagLinks(index),
            Backlinks(section.Url)));
        return Job(section.Url, "section", view, section.Title, index?.FrontMatter.Summary, "section", Crumbs(section.Parent), index);
    }

    private RenderJob ContentPage(Page page)
    {
        // A build that defers the views needs a page's text no more once its view is made: the view holds the HTML with its
        // links in place, and nothing after rendering reads the page's own. Let go, the pages' HTML and links are not all held
        // until the last page is rendered (at 10,000 pages about a hundred megabytes).
        var view = Deferred(() => ContentView(page), thenLetGo: page.ForgetBody);
        return Job(page.Url, "page", view, page.FrontMatter.Title, page.FrontMatter.Summary, "page", Crumbs(graph.SectionOf[page]), page);
    }

    /// <summary>
    /// A view made now, or, in a build that defers the views, when its page is rendered: for the pages whose views hold many
    /// objects (a page's HTML, a section's links, the matrix's cells), which would otherwise be held from the plan to the end
    /// of the build. The printable packets take these pages' bodies as rendered, never their views.
    /// </summary>
    /// <param name="thenLetGo">Run once a deferred view is made, to let go of what only the view needed.</param>
    private object Deferred(Func<object> make, Action? thenLetGo = null) =>
        DefersViews ? new LaterView(() =>
        {
            var view = make();
            thenLetGo?.Invoke();
            return view;
        }) : make();

    private ContentPageView ContentView(Page page) =>
        new(page.FrontMatter.Title, page.FrontMatter.Summary, markdown.RenderUtf8(page.Body), Meta(page), TagLinks(page), Backlinks(page.Url));

    private RenderJob RolePage(Role role)
    {
        var url = SiteUrls.Role(role.Id);
        var prose = graph.Prose.GetValueOrDefault(url);
        var stages = graph.ListOf(graph.Assignments, role.Id)
            .GroupBy(a => a.Stage)
            .Select(g => new RoleStageView(StageLink(g.Key),
                g.Select(a => new RoleActivityView(a.Activity.Title, graph.Href(SiteUrls.Activity(a.Stage.Id, a.Activity.Id)), BadgesOf(a.Kinds))).ToList()))
            .ToList();
        var view = new RoleView(role.Id, role.Title, role.Summary, markdown.RenderOrNull(role.Description?.Document),
            role.Responsibilities, role.Qualities,
            graph.Managers.TryGetValue(role.Id, out var manager) ? RoleLink(manager) : null,
            graph.ListOf(graph.DirectReports, role.Id).Select(RoleLink).ToList(),
            stages,
            graph.ListOf(graph.OwnedPages, role.Id).Select(p => new OwnedPageView(TitleOf(p), graph.Href(p.Url), p.FrontMatter.Summary,
                ReviewSchedule.Day(p.FrontMatter.ReviewBy), _reviews.For(p.SourcePath)?.Overdue == true)).ToList(),
            Html(prose),
            Backlinks(url),
            graph.Onboarding.TryGetValue(role.Id, out var path) ? _onboarding.Summary(path) : null,
            graph.Href(SiteUrls.RolePrint(role.Id)));
        return Job(url, "role", view, role.Title, role.Summary, "role", Crumbs(SiteUrls.Roles), prose, "data/roles.yml");
    }

    /// <summary>A role's onboarding path ("Start here"), under the role's page.</summary>
    private RenderJob StartPage(OnboardingPath path)
    {
        var role = path.Role;
        return Job(SiteUrls.RoleStart(role.Id), "onboarding", _onboarding.Path(path), OnboardingPath.PageTitle(role),
            $"The onboarding path for a new {role.Title}", "onboarding", Crumbs(SiteUrls.Roles, SiteUrls.Role(role.Id)), null, "data/roles.yml");
    }

    private RenderJob Roles()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Roles);
        OrgNodeView Node(Role role) => new(role.Title, graph.Href(SiteUrls.Role(role.Id)), role.Summary,
            graph.ListOf(graph.DirectReports, role.Id).Select(Node).ToList());
        var view = new RolesView("Roles", Html(prose), graph.RootRoles.Select(Node).ToList(), graph.Model.Roles.Select(RoleLink).ToList());
        return Job(SiteUrls.Roles, "roles", view, "Roles", prose?.FrontMatter.Summary, "roles", Crumbs(), prose, "data/roles.yml");
    }

    private RenderJob StagePage(int index)
    {
        var stage = graph.Model.Stages[index];
        var url = SiteUrls.Stage(stage.Id);
        var prose = graph.Prose.GetValueOrDefault(url);
        var activities = stage.Activities.Select(a => new ActivityView(a.Id, a.Title, markdown.RenderOrNull(a.Description?.Document), Assignees(a))).ToList();
        var view = new StageView(stage.Id, stage.Title, stage.Summary, index + 1, markdown.RenderOrNull(stage.Description?.Document), activities,
            Html(prose),
            Backlinks(url));
        return Job(url, "stage", view, stage.Title, stage.Summary, "stage", Crumbs(SiteUrls.Stages), prose, "data/lifecycle.yml");
    }

    private IReadOnlyList<AssigneeView> Assignees(Activity activity)
    {
        var groups = new (BadgeView Badge, IEnumerable<Ref> Refs)[]
        {
            (Badges[0], activity.Responsible),
            (Badges[1], activity.Accountable is { } a ? [a] : []),
            (Badges[2], activity.Consulted),
            (Badges[3], activity.Informed),
        };
        return groups
            .Select(g => new AssigneeView(g.Badge, g.Refs.Where(r => graph.Roles.ContainsKey(r.Id)).Select(r => RoleLink(graph.Roles[r.Id])).ToList()))
            .Where(g => g.Roles.Count > 0)
            .ToList();
    }

    private RenderJob Stages()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Stages);
        var stages = graph.Model.Stages.Select((s, i) => new StageSummaryView(i + 1, s.Title, graph.Href(SiteUrls.Stage(s.Id)), s.Summary,
            s.Activities.Select(a => new LinkView(a.Title, graph.Href(SiteUrls.Activity(s.Id, a.Id)))).ToList())).ToList();
        var view = new StagesView("Lifecycle", Html(prose), stages);
        return Job(SiteUrls.Stages, "stages", view, "Lifecycle", prose?.FrontMatter.Summary, "stages", Crumbs(), prose, "data/lifecycle.yml");
    }

    private RenderJob Matrix()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Responsibilities);
        return Job(SiteUrls.Responsibilities, "responsibilities", Deferred(() => MatrixView(prose)), "Responsibilities", prose?.FrontMatter.Summary,
            "responsibilities", Crumbs(), prose, "data/lifecycle.yml");
    }

    /// <summary>The responsibility matrix: a cell for every role in every activity, a hundred thousand and more on a large handbook.</summary>
    private MatrixView MatrixView(Page? prose)
    {
        var kindsByActivity = new Dictionary<(string Activity, string Role), IReadOnlyList<RaciKind>>();
        foreach (var (roleId, assignments) in graph.Assignments)
            foreach (var assignment in assignments)
                kindsByActivity[(assignment.Activity.Id, roleId)] = assignment.Kinds;
        var roles = graph.Model.Roles;
        var groups = graph.Model.Stages.Select(stage => new MatrixGroupView(StageLink(stage), stage.Activities.Select(activity =>
            new MatrixRowView(new LinkView(activity.Title, graph.Href(SiteUrls.Activity(stage.Id, activity.Id))),
                roles.Select(role => new MatrixCellView(
                    kindsByActivity.TryGetValue((activity.Id, role.Id), out var kinds) ? BadgesOf(kinds) : [], role.Title)).ToList())).ToList())).ToList();
        return new MatrixView("Responsibilities", Html(prose), roles.Select(RoleLink).ToList(), groups, Badges, roles.Count + 1);
    }

    private RenderJob Glossary()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Glossary);
        var terms = graph.Model.Terms
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new TermView(t.Id, t.Name, t.Aliases, markdown.RenderOrNull(t.Definition?.Document)))
            .ToList();
        var view = new GlossaryView("Glossary", Html(prose), terms);
        return Job(SiteUrls.Glossary, "glossary", view, "Glossary", prose?.FrontMatter.Summary, "glossary", Crumbs(), prose, "data/glossary.yml");
    }

    private RenderJob TagsOverview()
    {
        var prose = graph.Prose.GetValueOrDefault(SiteUrls.Tags);
        var view = new TagsView("Tags", Html(prose), graph.Tags.Select(t => new TagCountView(t.Name, graph.Href(SiteUrls.Tag(t.Slug)), t.Pages.Count)).ToList());
        return Job(SiteUrls.Tags, "tags", view, "Tags", null, "tags", Crumbs(), prose);
    }

    private RenderJob TagPage(string slug, string name, IReadOnlyList<Page> pages)
    {
        var url = SiteUrls.Tag(slug);
        var prose = graph.Prose.GetValueOrDefault(url);
        var view = new TagView($"Tag: {name}", name, Html(prose), pages.Select(PageLink).ToList());
        return Job(url, "tag", view, $"Tag: {name}", null, "tag", Crumbs(SiteUrls.Tags), prose);
    }

    private string? Html(Page? page) => page is null ? null : markdown.RenderOrNull(page.Body);

    private PageMetaView Meta(Page? page)
    {
        if (page is null) return new PageMetaView(null, null, null);
        var owner = page.FrontMatter.Owner is { } o && graph.Roles.TryGetValue(o.Id, out var role) ? RoleLink(role) : null;
        return new PageMetaView(owner, page.FrontMatter.Effective?.ToString("yyyy-MM-dd"), page.FrontMatter.ReviewBy?.ToString("yyyy-MM-dd"));
    }

    private IReadOnlyList<LinkView> TagLinks(Page? page) =>
        page is null ? [] : page.FrontMatter.Tags.Select(Slug.From).Where(s => s.Length > 0).Distinct()
            .Select(slug => new LinkView(_tagNames[slug], graph.Href(SiteUrls.Tag(slug)))).ToList();

    private IReadOnlyList<LinkView> Backlinks(string url) =>
        graph.BacklinksTo(url).Select(b => new LinkView(b.Title, graph.Href(b.Url))).ToList();

    private IReadOnlyList<BadgeView> BadgesOf(IReadOnlyList<RaciKind> kinds) => kinds.Select(k => Badges[(int)k]).ToList();

    private LinkView RoleLink(Role role) => new(role.Title, graph.Href(SiteUrls.Role(role.Id)), role.Summary);

    private LinkView StageLink(Stage stage) => new(stage.Title, graph.Href(SiteUrls.Stage(stage.Id)), stage.Summary);

    private LinkView PageLink(Page page) => new(page.FrontMatter.Title, graph.Href(page.Url), page.FrontMatter.Summary);

    private LinkView SectionLink(Section section) => new(section.Title, graph.Href(section.Url), section.Index?.FrontMatter.Summary);

    private IReadOnlyList<LinkView> Crumbs(params string[] generatedUrls) =>
        [new LinkView("Home", graph.Href(SiteUrls.Home)), .. generatedUrls.Select(u => new LinkView(GeneratedTitle(u) ?? u, graph.Href(u)))];

    /// <summary>The breadcrumbs of a page in <paramref name="section"/>, one list shared by every page there.</summary>
    private IReadOnlyList<LinkView> Crumbs(Section? section) => section is null ? [new LinkView("Home", graph.Href(SiteUrls.Home))] : _crumbs.GetOrAdd(section, s =>
    {
        var chain = new List<LinkView>();
        for (var at = s; at is not null && at.Url.Length > 0; at = at.Parent) chain.Add(SectionLink(at));
        chain.Add(new LinkView("Home", graph.Href(SiteUrls.Home)));
        chain.Reverse();
        return chain;
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Section, IReadOnlyList<LinkView>> _crumbs = new();

    private static IReadOnlyList<TocItemView> Toc(Page? page) =>
        page is null ? [] : page.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocItemView(h.Text, "#" + h.Id, h.Level)).ToList();

    /// <summary>
    /// The sidebar: the top level of the handbook, with only the branch leading to the current page opened, so its size depends on
    /// the depth and the siblings along that branch, never on the size of the whole handbook.
    /// </summary>
    private IReadOnlyList<NavItemView> Nav(string url)
    {
        var openSections = new HashSet<string>(StringComparer.Ordinal);
        for (var s = SectionContaining(url); s is not null; s = s.Parent) openSections.Add(s.Url);

        // Only the entries on the page's own branch differ from the section's closed list, which every page shares.
        IReadOnlyList<NavItemView> SectionItems(Section section)
        {
            var closed = ClosedItems(section);
            var entries = Entries(section);
            List<NavItemView>? items = null;
            for (var i = 0; i < entries.Count; i++)
            {
                var (entryUrl, title, child) = entries[i];
                if (entryUrl != url && (child is null || !openSections.Contains(child.Url))) continue;
                items ??= [.. closed];
                items[i] = child is null ? new NavItemView(title, graph.Href(entryUrl), true, false, []) : SectionItem(child);
            }
            return items ?? closed;
        }

        NavItemView SectionItem(Section section)
        {
            var open = openSections.Contains(section.Url);
            return new NavItemView(section.Title, graph.Href(section.Url), section.Url == url, open, open ? SectionItems(section) : []);
        }

        var items = new List<NavItemView>(SectionItems(graph.RootSection));
        var onStages = url.StartsWith(SiteUrls.Stages, StringComparison.Ordinal);
        items.Add(new NavItemView("Roles", graph.Href(SiteUrls.Roles), url == SiteUrls.Roles, url.StartsWith(SiteUrls.Roles, StringComparison.Ordinal), []));
        items.Add(new NavItemView("Lifecycle", graph.Href(SiteUrls.Stages), url == SiteUrls.Stages, onStages,
            onStages ? graph.Model.Stages.Select(s => new NavItemView(s.Title, graph.Href(SiteUrls.Stage(s.Id)), url == SiteUrls.Stage(s.Id), false, [])).ToList() : []));
        items.Add(new NavItemView("Responsibilities", graph.Href(SiteUrls.Responsibilities), url == SiteUrls.Responsibilities, false, []));
        items.Add(new NavItemView("Glossary", graph.Href(SiteUrls.Glossary), url == SiteUrls.Glossary, false, []));
        return items;
    }

    /// <summary>
    /// A section's sidebar entries as a page outside it shows them, none current or open. Every page of the section shows the
    /// same list but for its own entry, so on a large site sharing it keeps the sidebars from filling the memory.
    /// </summary>
    private IReadOnlyList<NavItemView> ClosedItems(Section section) => _closedItems.GetOrAdd(section, s =>
        Entries(s).Select(e => new NavItemView(e.Title, graph.Href(e.Url), false, false, [])).ToList());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Section, IReadOnlyList<NavItemView>> _closedItems = new();

    private Section? SectionContaining(string url)
    {
        if (graph.Sections.TryGetValue(url, out var section)) return section;
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? (url.Length > 0 && !IsGenerated(url) ? graph.RootSection : null) : graph.Sections.GetValueOrDefault(trimmed[..(slash + 1)]);
    }

    private static bool IsGenerated(string url) => url.StartsWith(SiteUrls.Roles, StringComparison.Ordinal) || url.StartsWith(SiteUrls.Stages, StringComparison.Ordinal);

    /// <summary>The full address of a page when base_url names a host, so search engines and shared links agree on one URL.</summary>
    public string CanonicalUrl(string url) =>
        graph.Config.BaseUrl.StartsWith("http", StringComparison.Ordinal)
            ? graph.Config.BaseUrl[..^graph.Config.BasePath.Length] + graph.Href(url)
            : graph.Href(url);

    private string? EditUrl(string? sourcePath)
    {
        if (graph.Config.Repository is not { } repository || sourcePath is null || repositoryFolder is null) return null;
        return $"{repository.Url}/edit/{repository.Branch}/{repositoryFolder}{sourcePath}";
    }
}
