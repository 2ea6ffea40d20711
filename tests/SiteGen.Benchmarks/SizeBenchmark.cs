using SiteGen.Build;

namespace SiteGen.Benchmarks;

/// <summary>Measures one site size: generates the handbook, checks that it builds without a single diagnostic, then times four builds.</summary>
internal static class SizeBenchmark
{
    public const string CleanBuild = "clean build";
    public const string NoChange = "no change";
    public const string PageEdited = "page edited";
    public const string RolesEdited = "roles edited";

    private const int WarmUpPages = 100;

    /// <summary>First queries whose download is reported: a common word, a word typed halfway, and three words.</summary>
    private static readonly string[] SearchQueries = ["supplier", "escal", "quarterly budget review"];

    /// <summary>
    /// Builds a small site in this process once, so the stage times measured afterwards are steady-state costs for every
    /// size alike rather than the first size paying for the JIT.
    /// </summary>
    public static void WarmUp(string workFolder, int seed)
    {
        var folder = FreshFolder(workFolder, "warm-up");
        Generate(Path.Combine(folder, "site"), WarmUpPages, seed);
    }

    /// <param name="runs">How many times each kind of build is timed: clean builds each into a fresh folder, rebuilds with
    /// nothing changed into the last of those, and each edit made anew before its rebuild.</param>
    public static SizeResult Run(string cli, string workFolder, int pages, int seed, int runs)
    {
        var folder = FreshFolder(workFolder, $"pages-{pages}");
        var site = Path.Combine(folder, "site");
        var inProcess = Generate(site, pages, seed);
        var stages = inProcess.Timings.Select(t => new StageResult(t.Stage, t.Elapsed.TotalMilliseconds)).ToList();

        var output = "";
        FigureResult Measure(string figure, Action<int> beforeRun)
        {
            var measured = Enumerable.Range(1, runs).Select(run =>
            {
                beforeRun(run);
                return CliRun.Build(cli, site, output);
            }).ToList();
            var wall = Median.Of(measured.Select(m => m.Wall.TotalMilliseconds));
            return new FigureResult(figure, runs, wall, measured.Min(m => m.Wall.TotalMilliseconds), measured.Max(m => m.Wall.TotalMilliseconds),
                Median.Of(measured.Select(m => m.Cpu.TotalMilliseconds)), pages / (wall / 1000), Median.Of(measured.Select(m => m.PeakRssMegabytes)));
        }

        // An author builds again long after the files were written; a build trusts files' times only once they are two
        // seconds old, and before that reads them (see FileStates).
        WaitUntilSettled(site);
        var figures = new List<FigureResult>
        {
            Measure(CleanBuild, run => output = Path.Combine(folder, $"out-{run}")),
            Measure(NoChange, _ => { }),
            Measure(PageEdited, _ => AppendSentenceToOnePage(site)),
            Measure(RolesEdited, _ => EditOneRoleSummary(site)),
        };

        var siteBytes = new DirectoryInfo(site).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        var searched = site + "-in-process-output";
        var queries = SearchQueries.ToDictionary(q => q, q => SearchFetch.FirstQueryBytes(searched, q) / 1024.0);
        var reload = ServeReload.MedianMilliseconds(site, edits: 7);
        return new SizeResult(pages, inProcess.PageCount, inProcess.FileCount, siteBytes / 1024.0 / 1024.0, figures, stages,
            SearchFetch.IndexBytes(searched) / 1024.0 / 1024.0, queries, reload);
    }

    private static void WaitUntilSettled(string site)
    {
        var newest = new DirectoryInfo(site).EnumerateFiles("*", SearchOption.AllDirectories).Max(f => f.LastWriteTimeUtc);
        var wait = newest + TimeSpan.FromSeconds(2.1) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero) Thread.Sleep(wait);
    }

    /// <summary>Writes the synthetic handbook and builds it in this process; fails unless the build is free of diagnostics.</summary>
    private static BuildResult Generate(string site, int pages, int seed)
    {
        SyntheticHandbook.Write(site, pages, seed);
        CliRun.WriteBackEarlierFiles();
        // Collected as `sitegen build` collects; the dev server timed later in this process is not.
        var result = BatchCollection.Run(() => new SiteBuilder().Build(new BuildOptions(site, site + "-in-process-output")));
        if (result.Diagnostics.Count > 0)
        {
            var shown = result.Diagnostics.Take(20).Select(d => d.ToMsBuildString(site));
            throw new InvalidOperationException(
                $"the synthetic handbook of {pages} pages has {result.Diagnostics.Count} diagnostics, and must have none:\n{string.Join('\n', shown)}");
        }
        return result;
    }

    private static void AppendSentenceToOnePage(string site)
    {
        var pages = Directory.GetFiles(Path.Combine(site, "pages"), "page-*.md", SearchOption.AllDirectories);
        Array.Sort(pages, StringComparer.Ordinal);
        File.AppendAllText(pages[pages.Length / 2], "One more sentence was added to measure a rebuild after an edit.\n");
    }

    private static void EditOneRoleSummary(string site)
    {
        var path = Path.Combine(site, "data", "roles.yml");
        var text = File.ReadAllText(path);
        var summary = text.IndexOf("\n    summary: ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', summary + 1);
        File.WriteAllText(path, text[..end] + " Edited to measure a rebuild." + text[end..]);
    }

    /// <summary>A sub-folder of the work folder, emptied first: it holds only what an earlier benchmark run generated there.</summary>
    private static string FreshFolder(string workFolder, string name)
    {
        var folder = Path.Combine(workFolder, name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return folder;
    }
}
