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
                var view = LaterView.Of(job.View);
                if (job.UseLayout)
                {
                    // A page's HTML goes into its body, and the body into the layout, as bytes spliced in a marker's place.
                    var body = view is ContentPageView { Html: { } html } page
                        ? templates.RenderSpliced(job.Template, page with { Html = Utf8Html.Marker }, html.Bytes, () => view, diagnostics)
                        : templates.RenderUtf8(job.Template, view, diagnostics);
                    bodies[job.Url] = body;
                    var layout = new LayoutView(planner.Site, job.Title, job.Description, planner.Href(job.Url), canonical, job.Kind, TemplateSet.SpliceMarker(0),
                        planner.SidebarOf(job), job.Breadcrumbs, planner.TocOf(job), job.EditUrl, job.Previous, job.Next, job.History, job.Versions, job.Notices);
                    // An empty body is shown as itself, since a template may show something else when there is none.
                    bytes = body.Length > 0
                        ? templates.RenderSpliced("layout", layout, body, () => layout with { Content = Encoding.UTF8.GetString(body) }, diagnostics)
                        : templates.RenderUtf8("layout", layout with { Content = "" }, diagnostics);
                }
                else
                {
                    bytes = templates.RenderUtf8(job.Template, view, diagnostics);
                }
                if (diagnostics.Count == failures) cache.Set(job.Url, fingerprint, bytes);
                Interlocked.Increment(ref rendered);
            }
            output.Add(OutputFile.FromBytes(SiteUrls.OutputPath(job.Url), bytes));
        });
        return (rendered, bodies);
    }
}
