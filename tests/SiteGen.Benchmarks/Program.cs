using System.Runtime.InteropServices;
using System.Text.Json;
using SiteGen.Benchmarks;

// Peak memory and child CPU time come from /proc and getrusage, which only Linux has.
if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
{
    Console.Error.WriteLine("The SiteGen benchmark runs on 64-bit Linux only.");
    return 2;
}
// "generate DIR PAGES [SEED]" only writes the synthetic handbook, for profiling a build by hand.
if (args is ["generate", var folder, var count, ..] && int.TryParse(count, out var pageCount))
{
    SyntheticHandbook.Write(folder, pageCount, args.Length > 3 && int.TryParse(args[3], out var seedGiven) ? seedGiven : 42);
    return 0;
}
// "git-history DIR [PAGES] [COMMITS]" times what reading git history adds to a build (GitHistoryTiming).
if (args is ["git-history", var historyFolder, ..])
    return GitHistoryTiming.Run(historyFolder, args.Length > 2 ? int.Parse(args[2]) : 10_000, args.Length > 3 ? int.Parse(args[3]) : 5_000);
// "serve-reload SITE" times the dev server from saving a page of an existing site (say a copy of content/) to its reload event.
if (args is ["serve-reload", var served])
{
    Console.WriteLine($"serve: page saved to reload event, median of 9 edits: {ServeReload.MedianMilliseconds(served, edits: 9):0} ms");
    return 0;
}
if (BenchmarkOptions.Parse(args, out var error) is not { } options)
{
    if (error!.Length > 0) Console.Error.WriteLine($"benchmark: {error}");
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return error.Length > 0 ? 2 : 0;
}

var work = options.WorkFolder is { } given ? Directory.CreateDirectory(given).FullName : Directory.CreateTempSubdirectory("sitegen-benchmark-").FullName;
try
{
    Console.WriteLine($"Working in {work}");
    Console.WriteLine($"Publishing the CLI for {ShippedCli.Platform}, as its tool package ships it ...");
    var cli = ShippedCli.Publish(work);
    SizeBenchmark.WarmUp(work, options.Seed);
    var sizes = new List<SizeResult>();
    foreach (var pages in options.Sizes)
    {
        Console.WriteLine($"Measuring {pages} pages ...");
        sizes.Add(SizeBenchmark.Run(cli, work, pages, options.Seed, options.Runs));
    }

    var report = new BenchmarkReport(DateTimeOffset.UtcNow, options.Seed, Environment.ProcessorCount, RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        $"Each figure is the median of {options.Runs} 'sitegen build' runs, each in a fresh process, of the CLI published for this platform as its tool package ships it (Native AOT): wall time by Stopwatch, CPU time (user and system) by getrusage, peak RSS by VmHWM; the range is of the runs' wall times.",
        sizes);
    Console.WriteLine();
    Console.Write(ResultTable.Format(report));
    File.WriteAllText(options.JsonFile, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    Console.WriteLine($"\nWrote {Path.GetFullPath(options.JsonFile)}");
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"benchmark: {e.Message}");
    return 1;
}
finally
{
    if (options.WorkFolder is null) Directory.Delete(work, recursive: true);
}
