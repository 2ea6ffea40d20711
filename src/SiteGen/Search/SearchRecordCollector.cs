using System.Collections.Concurrent;
using SiteGen.Link;
using SiteGen.Parse;

namespace SiteGen.Search;

/// <summary>Collects what search covers: pages and their headed sections, roles, stages, activities and glossary terms (with aliases).</summary>
/// <param name="cancel">Stops the reading between pages, for an index made in the background that a newer build replaces.</param>
/// <param name="threads">How many threads read pages at once; -1 for as many as the machine has.</param>
public sealed class SearchRecordCollector(SiteGraph graph, CancellationToken cancel = default, int threads = -1)
{
    // Pages are most of the work and stand alone, so a batch of them is read in parallel and their records taken in page order.
    private const int PagesPerBatch = 256;

    /// <summary>
    /// The records in a fixed order: the home page, the content pages (each page's own record, then its sections), roles,
    /// stages with their activities, and glossary terms.
    /// </summary>
    public SearchRecords Collect() => new(this);

    /// <summary>
    /// Writes the records in order. Each page's records go to a writer of their own from <paramref name="start"/>;
    /// <paramref name="end"/> takes each writer back in record order, a batch of pages at a time. <paramref name="start"/> may
    /// be called on any thread.
    /// </summary>
    internal void Write<TWriter>(Func<TWriter> start, Action<TWriter> end) where TWriter : IRecordWriter
    {
        var prose = graph.Prose;
        var reader = new PageReader();

        var writer = start();
        var home = prose.GetValueOrDefault(SiteUrls.Home);
        reader.Write(writer, SiteUrls.Home, home?.FrontMatter.Title ?? graph.Config.Title, graph.Config.Title, home, graph.Config.Description, []);
        end(writer);

        var pages = graph.ContentPages;
        var readers = new ConcurrentStack<PageReader>();
        for (var first = 0; first < pages.Count; first += PagesPerBatch)
        {
            cancel.ThrowIfCancellationRequested();
            var offset = first;
            var batch = new TWriter[Math.Min(PagesPerBatch, pages.Count - offset)];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = threads }, () => readers.TryPop(out var idle) ? idle : new PageReader(), (i, _, local) =>
            {
                var page = pages[offset + i];
                var section = graph.SectionOf[page];
                var sectionTitle = section.Index == page ? section.Parent?.Title ?? graph.Config.Title : section.Title;
                batch[i] = start();
                local.Write(batch[i], page.Url, page.FrontMatter.Title, sectionTitle, page, page.FrontMatter.Summary, page.FrontMatter.Tags);
                return local;
            }, readers.Push);
            foreach (var written in batch) end(written);
        }

        cancel.ThrowIfCancellationRequested();
        writer = start();
        foreach (var role in graph.Model.Roles)
        {
            var url = SiteUrls.Role(role.Id);
            var text = Join(role.Summary, InlineText.OfDocument(role.Description?.Document), string.Join(". ", role.Responsibilities), string.Join(". ", role.Qualities));
            reader.Write(writer, url, role.Title, "Roles", prose.GetValueOrDefault(url), text, [role.Id]);
        }
        foreach (var stage in graph.Model.Stages)
        {
            var url = SiteUrls.Stage(stage.Id);
            reader.Write(writer, url, stage.Title, "Lifecycle", prose.GetValueOrDefault(url), Join(stage.Summary, InlineText.OfDocument(stage.Description?.Document)), []);
            foreach (var activity in stage.Activities)
            {
                var roles = activity.Responsible.Concat(activity.Accountable is { } a ? [a] : [])
                    .Select(r => graph.Roles.GetValueOrDefault(r.Id)?.Title).OfType<string>().Distinct();
                writer.Write(SiteUrls.Activity(stage.Id, activity.Id), activity.Title, stage.Title,
                    Join(InlineText.OfDocument(activity.Description?.Document), string.Join(", ", roles)), [activity.Id]);
            }
        }
        foreach (var term in graph.Model.Terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            var aliases = term.Aliases.Count > 0 ? $"Also: {string.Join(", ", term.Aliases)}. " : "";
            writer.Write(SiteUrls.Term(term.Id), term.Name, "Glossary", aliases + InlineText.OfDocument(term.Definition?.Document), term.Aliases);
        }
        end(writer);
    }

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
