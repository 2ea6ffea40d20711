using System.Diagnostics;
using SiteGen.Cli.Serve;

namespace SiteGen.Benchmarks;

/// <summary>
/// The author's loop as `sitegen serve` runs it: the time from saving a page to the server telling open pages to reload
/// (the "built" event a page's live-reload script acts on), through the real file watcher and an incremental rebuild.
/// </summary>
internal static class ServeReload
{
    public static double MedianMilliseconds(string site, int edits)
    {
        var session = new DevSession(site);
        var stages = new List<string>();
        session.Rebuilt += (result, took, _) => stages.Add($"{took.TotalMilliseconds:0} ms: " + string.Join(" ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}")));
        session.StartAsync("127.0.0.1", 0, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromMinutes(2) };
            using var events = new StreamReader(http.GetStreamAsync("/__sitegen/events").GetAwaiter().GetResult());
            NextEvent(events);
            var pages = Directory.GetFiles(Path.Combine(site, "pages"), "*.md", SearchOption.AllDirectories);
            Array.Sort(pages, StringComparer.Ordinal);
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                var page = pages[(i * 7919) % pages.Length];
                var clock = Stopwatch.StartNew();
                File.AppendAllText(page, $"An edit made to time the dev server, number {i}.\n");
                var name = NextEvent(events);
                clock.Stop();
                if (name != "built") throw new InvalidOperationException($"the rebuild after an edit reported '{name}'");
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            if (Environment.GetEnvironmentVariable("SITEGEN_BENCH_STAGES") is not null) stages.ForEach(Console.WriteLine);
            return Median.Of(times);
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static string NextEvent(StreamReader events)
    {
        while (events.ReadLine() is { } line)
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line[7..];
        throw new EndOfStreamException("the dev server closed its event stream");
    }
}
