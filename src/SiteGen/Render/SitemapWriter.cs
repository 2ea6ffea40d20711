using System.Security;
using System.Text;
using SiteGen.Emit;

namespace SiteGen.Render;

/// <summary>
/// Writes sitemap.xml: every page a reader can land on (not redirects, not the 404 page), by its canonical URL, with the date
/// its sources last changed in git when that is known.
/// </summary>
public sealed class SitemapWriter
{
    public OutputFile Write(IReadOnlyList<RenderJob> jobs, JobPlanner planner)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var job in jobs.Where(j => j.UseLayout && j.Kind != "404").OrderBy(j => j.Url, StringComparer.Ordinal))
        {
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(planner.CanonicalUrl(job.Url))).Append("</loc>");
            if (job.History is { } history) builder.Append("<lastmod>").Append(history.LastUpdated).Append("</lastmod>");
            builder.Append("</url>\n");
        }
        builder.Append("</urlset>\n");
        return OutputFile.FromBytes("sitemap.xml", Encoding.UTF8.GetBytes(builder.ToString()));
    }
}
