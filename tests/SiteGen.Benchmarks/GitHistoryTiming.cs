using System.Diagnostics;
using System.Text;
using SiteGen.Build;

namespace SiteGen.Benchmarks;

/// <summary>
/// "git-history DIR [PAGES] [COMMITS]": what reading git history adds to a build. Generates the handbook, makes it a git
/// repository of COMMITS commits (written by one git fast-import: the first adds every file, each later one edits one to
/// three pages, every 50th the roles too), then builds it in this process in git and as a copy outside git, in turns, three
/// times each after a warm-up, writing nothing, and prints the medians: wall time per stage, and the process's CPU time
/// (user and system), which is steadier than wall time on a busy machine.
/// </summary>
internal static class GitHistoryTiming
{
    private const int Runs = 3;

    public static int Run(string folder, int pages, int commits)
    {
        var site = Path.Combine(folder, "site");
        var outside = Path.Combine(folder, "outside-git");
        SyntheticHandbook.Write(site, pages, seed: 42);
        WriteHistory(site, commits);
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(outside, Path.GetRelativePath(site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        Build(outside);
        var withoutGit = new List<(BuildResult Result, double Cpu)>();
        var withGit = new List<(BuildResult Result, double Cpu)>();
        for (var run = 0; run < Runs; run++)
        {
            withoutGit.Add(Build(outside));
            withGit.Add(Build(site));
        }
        string Compare(Func<(BuildResult Result, double Cpu), double> figure)
        {
            var (inGit, outsideGit) = (Median.Of(withGit.Select(figure)), Median.Of(withoutGit.Select(figure)));
            return $"{inGit,8:0} ms / {outsideGit,8:0} ms, difference {inGit - outsideGit,6:0} ms";
        }
        Console.WriteLine($"{pages} pages, {commits} commits; medians of {Runs} in-process builds that write nothing, in git / outside git:");
        foreach (var stage in new[] { "history", "plan", "render" })
            Console.WriteLine($"  {stage + " stage",-14} {Compare(r => Stage(r.Result, stage))}");
        Console.WriteLine($"  {"whole build",-14} {Compare(r => r.Result.Timings.Sum(t => t.Elapsed.TotalMilliseconds))}");
        Console.WriteLine($"  {"CPU time",-14} {Compare(r => r.Cpu)}");
        return 0;
    }

    private static (BuildResult Result, double Cpu) Build(string site)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false) { Today = new DateOnly(2026, 1, 1) });
        if (result.HasErrors) throw new InvalidOperationException($"the handbook in {site} does not build: {result.Diagnostics[0]}");
        return (result, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double Stage(BuildResult result, string stage) => result.Timings.Where(t => t.Stage == stage).Sum(t => t.Elapsed.TotalMilliseconds);

    /// <summary>Commits the site as it grows: each later commit appends a line to the files it edits, so the last commit is the files on disk.</summary>
    private static void WriteHistory(string site, int commits)
    {
        Git(site, null, "-c", "init.defaultBranch=main", "init", "-q");
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var pages = files.Where(f => f.StartsWith("pages/", StringComparison.Ordinal)).ToList();
        var random = new Random(42);
        Git(site, stream =>
        {
            void Text(string text) => stream.Write(Encoding.UTF8.GetBytes(text));
            void Data(byte[] bytes)
            {
                Text($"data {bytes.Length}\n");
                stream.Write(bytes);
                Text("\n");
            }
            for (var i = 0; i < commits; i++)
            {
                var when = 1735689600L + i * 3600L;
                Text($"commit refs/heads/main\nmark :{i + 1}\nauthor Ann Author <ann@example.com> {when} +0000\ncommitter Ann Author <ann@example.com> {when} +0000\n");
                Data(Encoding.UTF8.GetBytes($"Edit number {i}"));
                if (i > 0) Text($"from :{i}\n");
                IEnumerable<string> touched = i == 0 ? files : Enumerable.Range(0, random.Next(1, 4)).Select(_ => pages[random.Next(pages.Count)]).Distinct();
                if (i > 0 && i % 50 == 0) touched = touched.Append("data/roles.yml");
                foreach (var file in touched)
                {
                    var full = Path.Combine(site, file);
                    if (i > 0) File.AppendAllText(full, file.EndsWith(".yml", StringComparison.Ordinal) ? $"\n# Edited in commit {i}\n" : $"\nEdited in commit {i}.\n");
                    Text($"M 100644 inline {file}\n");
                    Data(File.ReadAllBytes(full));
                }
            }
        }, "fast-import", "--quiet");
        Git(site, null, "reset", "-q");
    }

    private static void Git(string folder, Action<Stream>? input, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = input is not null };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            using var stdin = new BufferedStream(process.StandardInput.BaseStream, 1 << 20);
            input(stdin);
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed");
    }
}
