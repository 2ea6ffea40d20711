using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Writes the printable packets: print/ holds the whole handbook in reading order; print/&lt;role-id&gt;/ holds a role's page,
/// its onboarding path and the path's pages in order, the stages it works in with its activities, and the glossary terms those
/// pages use. Each part is the page's body rendered with its own template, so a packet looks like the site; see
/// <see cref="PacketLinks"/> for how the parts become one document.
/// </summary>
/// <param name="bodies">The body HTML of the pages this build rendered, as UTF-8 by URL: a part that shows a page as its page does is not rendered twice.</param>
public sealed class PacketWriter(SiteGraph graph, JobPlanner planner, TemplateSet templates, RenderCache renders,
    IReadOnlyDictionary<string, byte[]> bodies)
{
    /// <summary>A page that becomes part of a packet: the URL it stands for, the template and view of its body.</summary>
    /// <param name="AsPage">Whether the part shows the page exactly as the page's own body does.</param>
    private sealed record Part(string Url, string? Kicker, string Template, object View, bool AsPage = false);

    /// <summary>
    /// Puts the packets into <paramref name="output"/>. They are made several at once, the whole handbook first: while one
    /// core writes the handbook's parts, which it must do in order, the other makes the roles' packets.
    /// </summary>
    /// <param name="defer">Make each packet only when its bytes are first asked for (see <see cref="OutputFile.Later"/>).</param>
    public void WriteTo(SiteOutput output, IReadOnlyList<RenderJob> jobs, DateOnly today, bool defer, DiagnosticBag diagnostics)
    {
        var byUrl = jobs.Where(j => j.UseLayout).ToDictionary(j => j.Url, StringComparer.Ordinal);
        var packets = new List<(string Url, Func<DiagnosticBag, OutputFile> Make)> { (SiteUrls.Print, bag => Handbook(byUrl, today, bag)) };
        foreach (var role in graph.Model.Roles) packets.Add((SiteUrls.RolePrint(role.Id), bag => RolePacket(role, byUrl, today, bag)));
        if (defer)
        {
            foreach (var (url, make) in packets) output.Add(OutputFile.Later(SiteUrls.OutputPath(url), () => MadeLater(make)));
            return;
        }
        // Each packet reports into a bag of its own, since a packet tells its own failure by the count of its diagnostics.
        var bags = packets.Select(_ => new DiagnosticBag()).ToArray();
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, packets.Count), EnumerablePartitionerOptions.NoBuffering),
            i => output.Add(packets[i].Make(bags[i])));
        foreach (var bag in bags) diagnostics.AddRange(bag.ToSortedList());
    }

    /// <summary>A deferred packet's bytes. No build reports what goes wrong by then, so a packet that fails shows its errors itself.</summary>
    private static byte[] MadeLater(Func<DiagnosticBag, OutputFile> make)
    {
        var diagnostics = new DiagnosticBag();
        var file = make(diagnostics);
        if (!diagnostics.HasErrors) return file.ReadBytes();
        var items = string.Concat(diagnostics.ToSortedList().Select(d => $"<li>{WebUtility.HtmlEncode(d.ToString())}</li>"));
        return Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>This packet could not be made</title>\n<h1>This packet could not be made</h1>\n<ul>{items}</ul>\n</html>\n");
    }

    private OutputFile Handbook(Dictionary<string, RenderJob> byUrl, DateOnly today, DiagnosticBag diagnostics)
    {
        var parts = ReadingOrder(byUrl).Select(job => new Part(job.Url, null, job.Template, job.View, AsPage: true)).ToList();
        var contents = parts.Select(p => (Kicker: (string?)null, byUrl[p.Url].Title, p.Url, Fragment: "")).ToList();
        var config = graph.Config;
        return Packet(SiteUrls.Print, "The whole handbook", config.Title, config.Description.Length > 0 ? config.Description : null,
            graph.Href(SiteUrls.Home), parts, contents, glossary: null, today, diagnostics);
    }

    /// <summary>
    /// The pages in the order the pager walks them (home, the sections and their pages, roles, the lifecycle, the matrix, the
    /// glossary), so the printed handbook reads like the site.
    /// </summary>
    private IEnumerable<RenderJob> ReadingOrder(Dictionary<string, RenderJob> byUrl)
    {
        var byHref = byUrl.Values.ToDictionary(j => graph.Href(j.Url), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var job = byUrl.GetValueOrDefault(SiteUrls.Home); job is not null && seen.Add(job.Url);
             job = job.Next is { } next ? byHref.GetValueOrDefault(next.Url) : null)
            yield return job;
    }

    private OutputFile RolePacket(Role role, Dictionary<string, RenderJob> byUrl, DateOnly today, DiagnosticBag diagnostics)
    {
        var parts = new List<Part>();
        var contents = new List<(string? Kicker, string Title, string Url, string Fragment)>();
        var terms = new List<string>();
        void AddPage(string url, string? kicker) => parts.Add(new Part(url, kicker, byUrl[url].Template, byUrl[url].View, AsPage: true));

        AddPage(SiteUrls.Role(role.Id), null);
        contents.Add(("Role", role.Title, SiteUrls.Role(role.Id), ""));
        if (graph.Onboarding.TryGetValue(role.Id, out var path))
        {
            AddPage(SiteUrls.RoleStart(role.Id), null);
            contents.Add(("Onboarding", "Onboarding path", SiteUrls.RoleStart(role.Id), ""));
            foreach (var step in path.Steps)
            {
                // A page joins the packet once, where the path first leads to it; terms are found in the glossary at the end.
                if (step.Kind == "term") terms.Add(step.Fragment);
                else if (!parts.Any(p => p.Url == step.PageUrl)) AddPage(step.PageUrl, $"Step {step.Number}");
                contents.Add(($"Step {step.Number}", step.Title, step.PageUrl, step.Fragment));
            }
        }
        foreach (var stage in graph.ListOf(graph.Assignments, role.Id).GroupBy(a => a.Stage))
        {
            var url = SiteUrls.Stage(stage.Key.Id);
            var mine = stage.Select(a => a.Activity.Id).ToHashSet(StringComparer.Ordinal);
            if (!parts.Any(p => p.Url == url))
            {
                // The stage as its page shows it, but with only the activities this role has a part in.
                var view = (StageView)byUrl[url].View;
                parts.Add(new Part(url, "Your work in this stage", "stage",
                    view with { Activities = view.Activities.Where(a => mine.Contains(a.Id)).ToList(), ProseHtml = null, Backlinks = [] }));
            }
            contents.Add(("Stage", stage.Key.Title, url, ""));
        }
        return Packet(SiteUrls.RolePrint(role.Id), graph.Config.Title, role.Title, role.Summary.Length > 0 ? role.Summary : null,
            graph.Href(SiteUrls.Role(role.Id)), parts, contents, ((GlossaryView)byUrl[SiteUrls.Glossary].View, terms), today, diagnostics);
    }

    /// <summary>
    /// Renders the parts, adds the glossary reduced to the terms they link to and the path leads to (a role packet's last part),
    /// joins them with <see cref="PacketLinks"/> and renders the packet around them.
    /// </summary>
    private OutputFile Packet(string url, string kicker, string title, string? subtitle, string backUrl, List<Part> parts,
        List<(string? Kicker, string Title, string Url, string Fragment)> contents, (GlossaryView Full, List<string> Terms)? glossary,
        DateOnly today, DiagnosticBag diagnostics)
    {
        // A page's part is its body as the build rendered it, kept as UTF-8: the whole handbook's parts add up to about 10 KB
        // a page, and only the attributes the links rewrite are read as text.
        var rendered = new List<byte[]?>(new byte[]?[parts.Count]);
        byte[] Html(int i) =>
            parts[i].AsPage && bodies.TryGetValue(parts[i].Url, out var body) ? body : rendered[i] ??= Body(url, parts[i], diagnostics);

        var found = new List<IReadOnlyList<string>>(new IReadOnlyList<string>[parts.Count]);
        var hrefs = new IReadOnlyList<string>[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            found[i] = PacketLinks.IdsIn(Html(i));
            if (glossary is not null) hrefs[i] = PacketLinks.HrefsIn(Html(i));
        });
        if (glossary is { } reduce && UsedTerms(reduce.Full, hrefs, reduce.Terms) is { } used)
        {
            parts.Add(new Part(SiteUrls.Glossary, null, "glossary", used));
            rendered.Add(null);
            found.Add(PacketLinks.IdsIn(Html(parts.Count - 1)));
            contents.Add((null, "Glossary", SiteUrls.Glossary, ""));
        }

        var links = new PacketLinks(graph.Config.BasePath, planner.CanonicalUrl);
        var ids = parts.Select((_, i) => $"part-{i + 1}").ToList();
        for (var i = 0; i < parts.Count; i++) links.Add(ids[i], parts[i].Url, found[i]);
        void Rewrite(int i, ArrayBufferWriter<byte> output) => links.Rewrite(ids[i], parts[i].Url, Html(i), output);
        var entries = contents.Select(c => new PacketEntryView(c.Kicker, c.Title, "#" + links.Anchor(c.Url, c.Fragment))).ToList();

        var date = today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        PacketView View(Func<int, string> html) =>
            new(planner.Site, kicker, title, subtitle, date, iso, backUrl, entries, parts.Select((part, i) => new PacketPartView(ids[i], part.Kicker, html(i))).ToList());
        var path = SiteUrls.OutputPath(url);

        // The packet is rendered around a marker in each part's place, and the parts go in after, a few at a time, so the
        // whole handbook is never held as text. A theme that does not show each part's HTML once, in order, gets it whole,
        // and so does a packet with an empty part, which a template could leave out.
        var failures = diagnostics.Count;
        var frame = Enumerable.Range(0, parts.Count).Any(i => Html(i).Length == 0) ? null
            : templates.RenderFrame("print", View(TemplateSet.SpliceMarker), parts.Count, diagnostics);
        if (diagnostics.Count > failures) return OutputFile.FromBytes(path, []);
        if (frame is not { Bytes: var marked, Places: var places })
        {
            var whole = Enumerable.Range(0, parts.Count).AsParallel().AsOrdered().Select(i =>
            {
                var part = new ArrayBufferWriter<byte>();
                Rewrite(i, part);
                return Encoding.UTF8.GetString(part.WrittenSpan);
            }).ToArray();
            return OutputFile.FromBytes(path, templates.RenderUtf8("print", View(i => whole[i]), diagnostics));
        }
        // The packet goes out as it is made, a batch of parts at a time: the whole handbook runs to a hundred megabytes. While
        // one batch is written, which only one thread can do, the next is rewritten on the other cores.
        return OutputFile.Written(path, packet =>
        {
            var batches = new ArrayBufferWriter<byte>[2][];
            Task Rewriting(int first) => Task.Run(() =>
            {
                var batch = batches[first / PartsPerBatch % 2] ??= new ArrayBufferWriter<byte>[Math.Min(parts.Count, PartsPerBatch)];
                Parallel.For(0, Math.Min(PartsPerBatch, parts.Count - first), i =>
                {
                    var part = batch[i] ??= new ArrayBufferWriter<byte>();
                    part.ResetWrittenCount();
                    Rewrite(first + i, part);
                });
            });
            var written = 0;
            var next = Rewriting(0);
            for (var first = 0; first < parts.Count; first += PartsPerBatch)
            {
                next.GetAwaiter().GetResult();
                if (first + PartsPerBatch < parts.Count) next = Rewriting(first + PartsPerBatch);
                var batch = batches[first / PartsPerBatch % 2];
                for (var i = 0; i < Math.Min(PartsPerBatch, parts.Count - first); i++)
                {
                    packet.Write(marked.AsSpan(written, places[first + i].Start - written));
                    packet.Write(batch[i].WrittenSpan);
                    written = places[first + i].End;
                }
            }
            packet.Write(marked.AsSpan(written));
        });
    }

    private const int PartsPerBatch = 256;

    /// <summary>
    /// A part's HTML as its template renders it. Kept between builds of one process by the fingerprint of template and view, so
    /// the dev server renders again only the parts whose page changed, not the whole handbook.
    /// </summary>
    private byte[] Body(string packetUrl, Part part, DiagnosticBag diagnostics)
    {
        var key = $"packet\0{packetUrl}\0{part.Url}";
        var fingerprint = renders.Fingerprint(templates.Version, part.Template, part.View);
        if (renders.TryGet(key, fingerprint, out var bytes)) return bytes;
        var failures = diagnostics.Count;
        bytes = templates.RenderUtf8(part.Template, LaterView.Of(part.View), diagnostics);
        if (diagnostics.Count == failures) renders.Set(key, fingerprint, bytes);
        return bytes;
    }

    /// <summary>
    /// The glossary with only the terms the parts link to (<paramref name="hrefs"/>, as written in each part) or the path leads
    /// to; null when there are none.
    /// </summary>
    private GlossaryView? UsedTerms(GlossaryView full, IReadOnlyList<string>[] hrefs, List<string> pathTerms)
    {
        var prefix = graph.Href(SiteUrls.Glossary) + "#";
        var used = new HashSet<string>(pathTerms, StringComparer.Ordinal);
        foreach (var href in hrefs.SelectMany(part => part))
            if (href.StartsWith(prefix, StringComparison.Ordinal))
                used.Add(Uri.UnescapeDataString(href[prefix.Length..]));
        var kept = full.Terms.Where(t => used.Contains(t.Id)).ToList();
        return kept.Count == 0 ? null : full with { ProseHtml = null, Terms = kept };
    }
}
