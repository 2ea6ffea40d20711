using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>The figures as two plain-text tables: one row per size and figure, then the clean build's time per stage.</summary>
internal static class ResultTable
{
    public static string Format(BenchmarkReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"SiteGen benchmark: seed {report.Seed}, {report.ProcessorCount} processors, {report.Runtime}, {report.OperatingSystem}");
        text.AppendLine(report.Method);
        text.AppendLine();
        text.AppendLine($"{"pages",7}  {"figure",-13}{"wall ms",9}{"range",14}{"CPU ms",9}{"pages/s",9}{"peak RSS MB",13}");
        foreach (var size in report.Sizes)
            foreach (var f in size.Figures)
                text.AppendLine(Invariant(
                    $"{size.Pages,7}  {f.Figure,-13}{f.WallMs,9:0}{Invariant($"{f.WallMinMs:0}-{f.WallMaxMs:0}"),14}{f.CpuMs,9:0}{f.PagesPerSecond,9:0}{f.PeakRssMb,13:0.0}"));

        // Stage names come from the build itself, so the table keeps up when stages are added or renamed.
        var stages = report.Sizes.SelectMany(s => s.Stages.Select(t => t.Stage)).Distinct().ToList();
        text.AppendLine();
        text.AppendLine("Clean build in-process, per stage (ms):");
        text.Append($"{"pages",7}  {"built",7}");
        foreach (var stage in stages) text.Append($"{stage,9}");
        text.AppendLine($"{"total",9}");
        foreach (var size in report.Sizes)
        {
            text.Append($"{size.Pages,7}  {size.BuiltPages,7}");
            foreach (var stage in stages)
            {
                var timing = size.Stages.FirstOrDefault(t => t.Stage == stage);
                text.Append(timing is null ? $"{"-",9}" : Invariant($"{timing.Ms,9:0}"));
            }
            text.AppendLine(Invariant($"{size.Stages.Sum(t => t.Ms),9:0}"));
        }

        text.AppendLine();
        text.AppendLine("Search and the dev server:");
        foreach (var size in report.Sizes)
        {
            var queries = string.Join(", ", size.FirstQueryKb.Select(q => Invariant($"{q.Value:0} KB for \"{q.Key}\"")));
            text.AppendLine(Invariant($"{size.Pages,7}  search index {size.SearchIndexMb:0.0} MB in all; a first query downloads {queries}"));
            text.AppendLine(Invariant($"{size.Pages,7}  serve: page saved to reload event, median of 7 edits: {size.ServeReloadMs:0} ms"));
        }
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
