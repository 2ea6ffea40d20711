using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// `sitegen pdf` run as a real process. Printing needs Debian's chromium and reading the PDF back needs pdftotext from
/// poppler-utils; test.sh installs both.
/// </summary>
public class PdfCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A build plus a browser start: slower than other commands on a busy machine.
        Assert.True(process.WaitForExit(180_000), "sitegen pdf did not finish within three minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext is missing; install it with: apt-get install poppler-utils (test.sh does)", e);
        }
        using (process)
        {
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
    }

    [Fact]
    public void PrintsARolePacketWithPageNumbersAndItsPathInOrder()
    {
        var content = Path.Combine(Folders.RepositoryRoot(), "content");
        var pdf = Path.Combine(Folders.NewTemp(), "cmo.pdf");

        var (exit, stdout, stderr) = Run("pdf", content, "--role", "cmo", "--output", pdf, "--today", "2026-01-15");

        Assert.True(exit == 0, stderr);
        Assert.Contains(pdf, stdout);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        var text = PdfText(pdf);
        // pdftotext ends every page with a form feed.
        var pages = text.Count(c => c == '\f');
        Assert.True(pages > 1, $"expected more than one page, got {pages}");
        var words = Regex.Replace(text, @"\s+", " ");
        Assert.Contains($"1 / {pages}", words);
        Assert.Contains($"{pages} / {pages}", words);

        // The role's title, then every step's title in path order, as the build itself lists them.
        var steps = PathStepTitles(content, "cmo");
        Assert.True(steps.Count >= 5, "the example's CMO path is longer than this");
        var at = words.IndexOf("CMO", StringComparison.Ordinal);
        Assert.True(at >= 0, "the role's title is not in the PDF");
        foreach (var title in steps)
        {
            var next = words.IndexOf(title, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"step '{title}' is not in the PDF after the steps before it:\n{words}");
            at = next + title.Length;
        }
    }

    private static List<string> PathStepTitles(string site, string role)
    {
        var result = new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false));
        var file = result.Files.Single(f => f.Path == $"roles/{role}/start/path.json");
        using var data = JsonDocument.Parse(file.Content!);
        return data.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public void MissingChromiumIsExplainedWithoutAStackTrace()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Run("pdf", site.Root, "--chromium", "/nonexistent/chromium");

        Assert.Equal(1, exit);
        Assert.Contains("Chromium was not found at /nonexistent/chromium; install it with: apt-get install chromium", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void UnknownRoleIsBadUsageWithASuggestion()
    {
        using var site = new TestSite();

        // Any existing program passes the Chromium check; the role is looked up before the browser starts.
        var (exit, _, stderr) = Run("pdf", site.Root, "--role", "laed", "--chromium", "/bin/true");

        Assert.Equal(2, exit);
        Assert.Contains("no role 'laed'; did you mean 'lead'?", stderr);
    }

    [Fact]
    public void ErrorsInTheSiteStopThePdf()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", "---\ntitle: Guide\n---\nAsk the [](role:laed).\n");
        var pdf = Path.Combine(Folders.NewTemp(), "out.pdf");

        var (exit, _, stderr) = Run("pdf", site.Root, "--output", pdf, "--chromium", "/bin/true");

        Assert.Equal(1, exit);
        Assert.Contains("error SG3001", stderr);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void TodayMustBeADate()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Run("build", site.Root, "--today", "2026-13-01");

        Assert.Equal(2, exit);
        Assert.Contains("--today must be a date written YYYY-MM-DD", stderr);
    }
}
