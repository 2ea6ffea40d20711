using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Link;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>Renders every planned page with the theme's templates, in parallel, into the files of the output.</summary>
public sealed class SiteRenderer
{
    /// <summary>
    /// Renders the pages whose fingerprint changed since the last build with this cache; returns the files, how many were
    /// rendered, and the body HTML of each page rendered with the layout as UTF-8 (half the memory of the text), which the
    /// printable packets put together again.
    /// Each page goes to <paramref name="output"/> as soon as it is rendered.
    /// </summary>
    public (int Rendered, IReadOnlyDictionary<string, byte[]> Bodies) Render(IReadOnlyList<RenderJob> jobs, JobPlanner planner,
        TemplateSet templates, RenderCache cache, SiteOutput output, DiagnosticBag diagnostics)
    {
        var rendered = 0;
        var bodies = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var canonical = job.Kind == "404" ? null : planner.CanonicalUrl(job.Url);
            var fingerprint = cache.Fingerprint(templates.Version, job, planner.Site, canonical);
            if (!cache.TryGet(job.Url, fingerprint, out var bytes))
            {
                var failures = diagnostics.Count;
                if (job.UseLayout)
                {
                    var body = templates.Render(job.Template, job.View, diagnostics);
                    bodies[job.Url] = Encoding.UTF8.GetBytes(body);
                    bytes = templates.RenderUtf8("layout", new LayoutView(planner.Site, job.Title, job.Description, planner.Href(job.Url), canonical, job.Kind, body,
                        job.Nav, job.Breadcrumbs, job.Toc, job.EditUrl, job.Previous, job.Next, job.History, job.Versions, job.Notices), diagnostics);
                }
                else
                {
                    bytes = templates.RenderUtf8(job.Template, job.View, diagnostics);
                }
                if (diagnostics.Count == failures) cache.Set(job.Url, fingerprint, bytes);
                Interlocked.Increment(ref rendered);
            }
            output.Add(OutputFile.FromBytes(SiteUrls.OutputPath(job.Url), bytes));
        });
        return (rendered, bodies);
    }
}
