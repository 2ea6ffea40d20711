using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Link;

/// <summary>Resolves every reference of the model: reporting lines, R/A/C/I, owners, prose pages, sections, tags and Markdown links.</summary>
public sealed class SiteLinker
{
    /// <param name="model">The bound site.</param>
    /// <param name="diagnostics">Where unresolved references are reported.</param>
    /// <param name="generatedUrls">Pages this build generates besides the contract's (the review page, the changelog…): a Markdown
    /// page at one of their URLs gives it text, like pages/roles.md does the roles overview.</param>
    public SiteGraph Link(SiteModel model, DiagnosticBag diagnostics, IEnumerable<string>? generatedUrls = null)
    {
        var roles = model.Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var stages = model.Stages.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var activities = model.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var terms = model.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);

        var managers = LinkReportingLines(model, roles, diagnostics, out var directReports, out var rootRoles);
        var assignments = LinkAssignments(model, roles, diagnostics);
        var ownedPages = LinkOwners(model, roles, diagnostics);
        var (prose, contentPages) = SplitProse(model, roles, stages, generatedUrls ?? [], diagnostics);
        var (root, sections, sectionOf) = BuildSections(model.Config, contentPages, prose);
        var tags = CollectTags(model.Pages);
        var backlinks = ResolveLinks(model, prose, contentPages, sections, tags, diagnostics, out var onboarding, out var pageLinks);

        return new SiteGraph
        {
            Model = model,
            Roles = roles,
            Stages = stages,
            Activities = activities,
            Terms = terms,
            RootRoles = rootRoles,
            Managers = managers,
            DirectReports = directReports,
            Assignments = assignments,
            OwnedPages = ownedPages,
            Prose = prose,
            ContentPages = contentPages,
            RootSection = root,
            Sections = sections,
            SectionOf = sectionOf,
            Tags = tags,
            Backlinks = backlinks,
            Onboarding = onboarding,
            PageLinks = pageLinks,
        };
    }

    private static Dictionary<string, Role> LinkReportingLines(SiteModel model, Dictionary<string, Role> roles, DiagnosticBag diagnostics,
        out IReadOnlyDictionary<string, IReadOnlyList<Role>> directReports, out IReadOnlyList<Role> rootRoles)
    {
        var managers = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in model.Roles)
        {
            if (role.ReportsTo is not { } reportsTo) continue;
            if (roles.TryGetValue(reportsTo.Id, out var manager)) managers[role.Id] = manager;
            else ReportUnknownRole(reportsTo, roles, diagnostics);
        }

        // Follow each chain upwards; a chain that comes back to a role already on it is a cycle, reported once at its first role in file order.
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in model.Roles)
        {
            if (inCycle.Contains(role.Id)) continue;
            var chain = new List<string> { role.Id };
            var current = role.Id;
            while (managers.TryGetValue(current, out var manager))
            {
                current = manager.Id;
                var index = chain.IndexOf(current);
                if (index >= 0)
                {
                    var cycle = chain.Skip(index).ToList();
                    if (cycle.Contains(role.Id))
                    {
                        foreach (var id in cycle) inCycle.Add(id);
                        diagnostics.Error(DiagnosticCodes.ReportingCycle,
                            $"reporting lines form a cycle: {string.Join(" → ", cycle.Append(role.Id))}", role.ReportsTo!.Span,
                            "each role reports to one role above it, and one role at the top reports to none");
                    }
                    break;
                }
                chain.Add(current);
            }
        }
        foreach (var id in inCycle) managers.Remove(id);

        directReports = model.Roles
            .Where(r => managers.ContainsKey(r.Id))
            .GroupBy(r => managers[r.Id].Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Role>)g.ToList(), StringComparer.Ordinal);
        rootRoles = model.Roles.Where(r => !managers.ContainsKey(r.Id)).ToList();
        return managers;
    }

    private static Dictionary<string, IReadOnlyList<Assignment>> LinkAssignments(SiteModel model, Dictionary<string, Role> roles, DiagnosticBag diagnostics)
    {
        var byRole = new Dictionary<string, List<Assignment>>(StringComparer.Ordinal);
        foreach (var stage in model.Stages)
        {
            foreach (var activity in stage.Activities)
            {
                var kinds = new Dictionary<string, List<RaciKind>>(StringComparer.Ordinal);
                void Add(Ref reference, RaciKind kind)
                {
                    if (!roles.ContainsKey(reference.Id))
                    {
                        ReportUnknownRole(reference, roles, diagnostics);
                        return;
                    }
                    if (!kinds.TryGetValue(reference.Id, out var list)) kinds[reference.Id] = list = [];
                    if (!list.Contains(kind)) list.Add(kind);
                }
                foreach (var r in activity.Responsible) Add(r, RaciKind.Responsible);
                if (activity.Accountable is { } a) Add(a, RaciKind.Accountable);
                foreach (var c in activity.Consulted) Add(c, RaciKind.Consulted);
                foreach (var i in activity.Informed) Add(i, RaciKind.Informed);
                foreach (var (roleId, list) in kinds)
                {
                    if (!byRole.TryGetValue(roleId, out var assignments)) byRole[roleId] = assignments = [];
                    list.Sort();
                    assignments.Add(new Assignment(activity, stage, list));
                }
            }
        }
        return byRole.ToDictionary(p => p.Key, p => (IReadOnlyList<Assignment>)p.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, IReadOnlyList<Page>> LinkOwners(SiteModel model, Dictionary<string, Role> roles, DiagnosticBag diagnostics)
    {
        var owned = new Dictionary<string, List<Page>>(StringComparer.Ordinal);
        foreach (var page in model.Pages)
        {
            if (page.FrontMatter.Owner is not { } owner) continue;
            if (!roles.ContainsKey(owner.Id))
            {
                ReportUnknownRole(owner, roles, diagnostics);
                continue;
            }
            if (!owned.TryGetValue(owner.Id, out var list)) owned[owner.Id] = list = [];
            list.Add(page);
        }
        foreach (var list in owned.Values) list.Sort(PageOrder.Compare);
        return owned.ToDictionary(p => p.Key, p => (IReadOnlyList<Page>)p.Value, StringComparer.Ordinal);
    }

    private static void ReportUnknownRole(Ref reference, Dictionary<string, Role> roles, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnknownRole, $"unknown role '{reference.Id}'", reference.Span,
            Suggestions.DidYouMean(reference.Id, roles.Keys) ?? "roles are defined in data/roles.yml");

    /// <summary>
    /// A page whose URL is a generated page's gives that page its prose. pages/roles/ and pages/stages/ hold only such pages,
    /// so a file there that matches no role or stage is a mistake.
    /// </summary>
    private static (Dictionary<string, Page> Prose, List<Page> Content) SplitProse(SiteModel model, Dictionary<string, Role> roles,
        Dictionary<string, Stage> stages, IEnumerable<string> generatedUrls, DiagnosticBag diagnostics)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal)
        {
            SiteUrls.Home, SiteUrls.Roles, SiteUrls.Stages, SiteUrls.Responsibilities, SiteUrls.Glossary, SiteUrls.Tags,
        };
        foreach (var id in roles.Keys) generated.Add(SiteUrls.Role(id));
        foreach (var id in stages.Keys) generated.Add(SiteUrls.Stage(id));
        generated.UnionWith(generatedUrls);

        var prose = new Dictionary<string, Page>(StringComparer.Ordinal);
        var content = new List<Page>();
        foreach (var page in model.Pages)
        {
            if (generated.Contains(page.Url))
            {
                prose[page.Url] = page;
                continue;
            }
            var (folder, kind, ids) = page.SourcePath.StartsWith("pages/roles/", StringComparison.Ordinal) ? ("roles", "role", roles.Keys)
                : page.SourcePath.StartsWith("pages/stages/", StringComparison.Ordinal) ? ("stages", "stage", (IEnumerable<string>)stages.Keys)
                : ("", "", []);
            if (folder.Length > 0)
            {
                var name = Path.GetFileNameWithoutExtension(page.SourcePath);
                diagnostics.Error(DiagnosticCodes.OrphanProse, $"there is no {kind} '{name}' for this page to add its text to",
                    new SourceLocation(page.SourcePath, 1, 1),
                    Suggestions.DidYouMean(name, ids) ?? $"pages/{folder}/<id>.md adds prose to the {kind} with that id");
                continue;
            }
            content.Add(page);
        }
        return (prose, content);
    }

    private static (Section Root, Dictionary<string, Section> Sections, Dictionary<Page, Section> SectionOf) BuildSections(
        SiteConfig config, List<Page> contentPages, Dictionary<string, Page> prose)
    {
        var root = new Section("", prose.TryGetValue(SiteUrls.Home, out var home) ? home.FrontMatter.Title : config.Title, null) { Index = home };
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal) { [""] = root };
        var sectionOf = new Dictionary<Page, Section>();

        Section SectionFor(string folder)
        {
            if (sections.TryGetValue(folder, out var existing)) return existing;
            var trimmed = folder.TrimEnd('/');
            var slash = trimmed.LastIndexOf('/');
            var parent = SectionFor(slash < 0 ? "" : trimmed[..(slash + 1)]);
            var section = new Section(folder, TitleFromFolder(trimmed[(slash + 1)..]), parent);
            parent.Children.Add(section);
            sections[folder] = section;
            return section;
        }

        foreach (var page in contentPages)
        {
            var isIndex = page.SourcePath.EndsWith("/index.md", StringComparison.Ordinal);
            if (isIndex)
            {
                var section = SectionFor(page.Url);
                section.Index = page;
                section.Title = page.FrontMatter.Title;
                sectionOf[page] = section;
            }
            else
            {
                var folder = page.Url.TrimEnd('/');
                var slash = folder.LastIndexOf('/');
                var section = SectionFor(slash < 0 ? "" : folder[..(slash + 1)]);
                section.Pages.Add(page);
                sectionOf[page] = section;
            }
        }
        foreach (var section in sections.Values)
        {
            section.Pages.Sort(PageOrder.Compare);
            section.Children.Sort(PageOrder.Compare);
        }
        return (root, sections, sectionOf);
    }

    private static string TitleFromFolder(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static List<(string Slug, string Name, IReadOnlyList<Page> Pages)> CollectTags(IReadOnlyList<Page> pages)
    {
        var bySlug = new SortedDictionary<string, (string Name, List<Page> Pages)>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var tag in page.FrontMatter.Tags)
            {
                var slug = Slug.From(tag);
                if (slug.Length == 0) continue;
                if (!bySlug.TryGetValue(slug, out var entry)) bySlug[slug] = entry = (tag, []);
                // A page naming one tag twice (or two that make the same slug) was added by this loop just now, if at all:
                // looking only at the last page keeps this linear where a tag is on thousands of pages.
                if (entry.Pages.Count == 0 || !ReferenceEquals(entry.Pages[^1], page)) entry.Pages.Add(page);
            }
        }
        return bySlug.Select(p =>
        {
            p.Value.Pages.Sort(PageOrder.Compare);
            return (p.Key, p.Value.Name, (IReadOnlyList<Page>)p.Value.Pages);
        }).ToList();
    }

    private static Dictionary<string, IReadOnlyList<Backlink>> ResolveLinks(SiteModel model, Dictionary<string, Page> prose, List<Page> contentPages,
        Dictionary<string, Section> sections, List<(string Slug, string Name, IReadOnlyList<Page> Pages)> tags, DiagnosticBag diagnostics,
        out IReadOnlyDictionary<string, OnboardingPath> onboarding, out PageLinks pageLinks)
    {
        var pageUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var page in model.Pages)
        {
            pageUrls[page.SourcePath] = page.Url;
            anchors[page.Url] = page.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        }
        foreach (var page in contentPages) titles[page.Url] = page.FrontMatter.Title;
        foreach (var section in sections.Values)
        {
            pageUrls.TryAdd("section:pages/" + section.Url, section.Url);
            titles.TryAdd(section.Url, section.Title);
        }
        titles[SiteUrls.Home] = model.Config.Title;
        foreach (var role in model.Roles) titles[SiteUrls.Role(role.Id)] = role.Title;
        foreach (var role in model.Roles.Where(r => r.Onboarding.Count > 0)) titles[SiteUrls.RoleStart(role.Id)] = OnboardingPath.PageTitle(role);
        foreach (var stage in model.Stages)
        {
            titles[SiteUrls.Stage(stage.Id)] = stage.Title;
            var stageAnchors = new HashSet<string>(anchors.GetValueOrDefault(SiteUrls.Stage(stage.Id)) ?? new HashSet<string>(), StringComparer.Ordinal);
            foreach (var activity in stage.Activities) stageAnchors.Add(activity.Id);
            anchors[SiteUrls.Stage(stage.Id)] = stageAnchors;
        }
        titles[SiteUrls.Roles] = "Roles";
        titles[SiteUrls.Stages] = "Lifecycle";
        titles[SiteUrls.Responsibilities] = "Responsibilities";
        titles[SiteUrls.Glossary] = "Glossary";
        titles[SiteUrls.Tags] = "Tags";
        var glossaryAnchors = new HashSet<string>(anchors.GetValueOrDefault(SiteUrls.Glossary) ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var term in model.Terms) glossaryAnchors.Add(term.Id);
        anchors[SiteUrls.Glossary] = glossaryAnchors;
        foreach (var (slug, name, _) in tags) titles[SiteUrls.Tag(slug)] = $"Tag: {name}";

        var resolver = new LinkResolver(model, pageUrls, titles, anchors);
        foreach (var term in model.Terms)
            if (term.Definition is not null) resolver.FillEmptyLinkText(term.Definition.Document);
        resolver.SetTermSummaries(model.Terms.ToDictionary(t => t.Id, t => InlineText.OfDocument(t.Definition?.Document), StringComparer.Ordinal));
        onboarding = new OnboardingLinker().Link(model, resolver, diagnostics);

        // Pages keep how their links resolved, so an edit to one page's text can be resolved alone (see PageLinks).
        pageLinks = new PageLinks(resolver, titles, anchors);
        var pages = model.Pages;
        var resolvedPages = new ResolvedLinks[pages.Count];
        var links = pageLinks;
        Parallel.For(0, pages.Count, i => resolvedPages[i] = links.Resolve(pages[i], pages[i].Body));

        var documents = new List<(MarkdownDocument Document, DocumentContext Context)>();
        void AddData(MarkdownText? text, string ownerUrl)
        {
            if (text is null) return;
            documents.Add((text.Document, new DocumentContext(ownerUrl, titles[ownerUrl], text.Origin.BaseFolder,
                text.Origin.Map, anchors.GetValueOrDefault(ownerUrl) ?? new HashSet<string>())));
        }
        foreach (var role in model.Roles) AddData(role.Description, SiteUrls.Role(role.Id));
        foreach (var role in model.Roles)
            foreach (var question in role.Onboarding.SelectMany(step => step.Questions))
                AddData(question.Explanation, SiteUrls.RoleStart(role.Id));
        foreach (var stage in model.Stages)
        {
            AddData(stage.Description, SiteUrls.Stage(stage.Id));
            foreach (var activity in stage.Activities) AddData(activity.Description, SiteUrls.Stage(stage.Id));
        }
        foreach (var term in model.Terms) AddData(term.Definition, SiteUrls.Glossary);

        var results = new IReadOnlyList<string>[documents.Count];
        Parallel.For(0, documents.Count, i => results[i] = resolver.Resolve(documents[i].Document, documents[i].Context, diagnostics));

        var backlinks = new Dictionary<string, List<(string Title, string Url)>>(StringComparer.Ordinal);
        void AddBacklinks(string ownerUrl, string ownerTitle, IReadOnlyList<string> targets)
        {
            foreach (var target in targets)
            {
                if (!backlinks.TryGetValue(target, out var list)) backlinks[target] = list = [];
                list.Add((ownerTitle, ownerUrl));
            }
        }
        for (var i = 0; i < pages.Count; i++)
        {
            pageLinks.Record(pages[i], resolvedPages[i]);
            diagnostics.AddRange(resolvedPages[i].Diagnostics);
            AddBacklinks(pages[i].Url, pageLinks.TitleOf(pages[i]), resolvedPages[i].Targets);
        }
        for (var i = 0; i < documents.Count; i++) AddBacklinks(documents[i].Context.OwnerUrl, documents[i].Context.OwnerTitle, results[i]);
        // Each target's list is put in order once it is complete, all lists at once, rather than kept in order as it grows.
        var targets = backlinks.ToArray();
        var ordered = new IReadOnlyList<Backlink>[targets.Length];
        Parallel.For(0, targets.Length, i => ordered[i] = Ordered(targets[i].Value));
        return Enumerable.Range(0, targets.Length).ToDictionary(i => targets[i].Key, i => ordered[i], StringComparer.Ordinal);
    }

    /// <summary>The backlinks in <see cref="BacklinkComparer"/>'s order, each once.</summary>
    private static Backlink[] Ordered(List<(string Title, string Url)> links)
    {
        links.Sort(BacklinkComparer.Instance);
        var ordered = new List<Backlink>(links.Count);
        for (var i = 0; i < links.Count; i++)
            if (i == 0 || BacklinkComparer.Instance.Compare(links[i - 1], links[i]) != 0) ordered.Add(new Backlink(links[i].Title, links[i].Url));
        return [.. ordered];
    }
}
