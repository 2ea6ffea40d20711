using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Link;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>Renders every planned page with the theme's templates, in parallel, into the files of the output.</summary>
public sealed class SiteRenderer
{
    public IReadOnlyList<OutputFile> Render(IReadOnlyList<RenderJob> jobs, JobPlanner planner, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var body = templates.Render(job.Template, job.View, diagnostics);
            var html = job.UseLayout
                ? templates.Render("layout", new LayoutView(planner.Site, job.Title, job.Description, planner.Href(job.Url), job.Kind == "404" ? null : planner.CanonicalUrl(job.Url), job.Kind, body,
                    job.Nav, job.Breadcrumbs, job.Toc, job.EditUrl, job.Previous, job.Next), diagnostics)
                : body;
            files[i] = OutputFile.FromBytes(SiteUrls.OutputPath(job.Url), Encoding.UTF8.GetBytes(html));
        });
        return files;
    }
}
