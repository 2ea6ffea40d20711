using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Search;

/// <summary>Collects what search covers: pages and their headed sections, roles, stages, activities and glossary terms (with aliases).</summary>
public sealed class SearchRecordCollector(SiteGraph graph)
{
    public IReadOnlyList<SearchRecord> Collect()
    {
        var records = new List<SearchRecord>();
        var prose = graph.Prose;

        var home = prose.GetValueOrDefault(SiteUrls.Home);
        AddPage(records, SiteUrls.Home, home?.FrontMatter.Title ?? graph.Config.Title, graph.Config.Title, home, graph.Config.Description);
        foreach (var page in graph.ContentPages)
        {
            var section = graph.SectionOf[page];
            var sectionTitle = section.Index == page ? section.Parent?.Title ?? graph.Config.Title : section.Title;
            AddPage(records, page.Url, page.FrontMatter.Title, sectionTitle, page, page.FrontMatter.Summary, page.FrontMatter.Tags);
        }

        foreach (var role in graph.Model.Roles)
        {
            var url = SiteUrls.Role(role.Id);
            var text = Join(role.Summary, InlineText.OfDocument(role.Description?.Document), string.Join(". ", role.Responsibilities), string.Join(". ", role.Qualities));
            AddPage(records, url, role.Title, "Roles", prose.GetValueOrDefault(url), text, [role.Id]);
        }
        foreach (var stage in graph.Model.Stages)
        {
            var url = SiteUrls.Stage(stage.Id);
            AddPage(records, url, stage.Title, "Lifecycle", prose.GetValueOrDefault(url), Join(stage.Summary, InlineText.OfDocument(stage.Description?.Document)));
            foreach (var activity in stage.Activities)
            {
                var roles = activity.Responsible.Concat(activity.Accountable is { } a ? [a] : [])
                    .Select(r => graph.Roles.GetValueOrDefault(r.Id)?.Title).OfType<string>().Distinct();
                records.Add(new SearchRecord(SiteUrls.Activity(stage.Id, activity.Id), activity.Title, stage.Title,
                    Join(InlineText.OfDocument(activity.Description?.Document), string.Join(", ", roles)), [activity.Id]));
            }
        }
        foreach (var term in graph.Model.Terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            var aliases = term.Aliases.Count > 0 ? $"Also: {string.Join(", ", term.Aliases)}. " : "";
            records.Add(new SearchRecord(SiteUrls.Term(term.Id), term.Name, "Glossary", aliases + InlineText.OfDocument(term.Definition?.Document), term.Aliases));
        }
        return records;
    }

    /// <summary>A page's record for its title and opening text, then one record per level-2 or level-3 heading with the text under it.</summary>
    private static void AddPage(List<SearchRecord> records, string url, string title, string section, Page? page, string? lead,
        IReadOnlyList<string>? keywords = null)
    {
        var sections = page is null ? [] : Sections(page.Document);
        var intro = sections.Count > 0 && sections[0].Heading is null ? sections[0].Text : "";
        records.Add(new SearchRecord(url, title, section, Join(lead ?? "", intro), keywords ?? []));
        foreach (var (heading, text) in sections.Where(s => s.Heading is not null))
            records.Add(new SearchRecord($"{url}#{heading!.GetAttributes().Id}", InlineText.Of(heading!), title, text, []));
    }

    private static List<(HeadingBlock? Heading, string Text)> Sections(MarkdownDocument document)
    {
        var sections = new List<(HeadingBlock? Heading, string Text)>();
        HeadingBlock? current = null;
        var text = new StringBuilder();
        void Visit(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.Level is 2 or 3 && heading.GetAttributes().Id is not null:
                    if (current is not null || text.Length > 0) sections.Add((current, text.ToString().Trim()));
                    current = heading;
                    text.Clear();
                    break;
                case YamlFrontMatterBlock:
                    break;
                case CodeBlock code:
                    text.Append(code.Lines.ToString()).Append(' ');
                    break;
                case LeafBlock leaf:
                    text.Append(InlineText.Of(leaf)).Append(' ');
                    break;
                case ContainerBlock container:
                    foreach (var child in container) Visit(child);
                    break;
            }
        }
        Visit(document);
        if (current is not null || text.Length > 0) sections.Add((current, text.ToString().Trim()));
        return sections;
    }

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
