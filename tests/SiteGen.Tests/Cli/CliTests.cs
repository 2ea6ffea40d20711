using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The sitegen program run as a real process, as users and CI run it.</summary>
public class CliTests
{
    internal static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "sitegen did not finish within a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void BuildsTheSiteInTheCurrentFolderIntoUnderscoreSite()
    {
        using var site = new TestSite();

        var (exit, stdout, stderr) = Run(site.Root, "build");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Built ", stdout);
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", "index.html")));
    }

    [Fact]
    public void WritesToTheOutputOption()
    {
        using var site = new TestSite();
        var output = Path.Combine(Folders.NewTemp(), "public");

        var (exit, _, stderr) = Run(site.Root, "build", ".", "--output", output);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "roles", "lead", "index.html")));
    }

    /// <summary>A page that names an unknown role, at line 4, column 9.</summary>
    internal const string PageWithUnknownRole = "---\ntitle: Guide\n---\nAsk the [](role:laed).\n";

    [Fact]
    public void ReportsAsJsonForTools()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", PageWithUnknownRole);

        var (exit, stdout, _) = Run(site.Root, "build", ".", "--format", "json");

        Assert.Equal(1, exit);
        AssertUnknownRoleReport(stdout, "pages/guide.md");
    }

    /// <summary>The JSON report of a build of <see cref="PageWithUnknownRole"/>, which names it as <paramref name="file"/>.</summary>
    internal static void AssertUnknownRoleReport(string stdout, string file)
    {
        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        var root = report.RootElement;
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("SG3001", diagnostic.GetProperty("code").GetString());
        Assert.Equal("unknown role 'laed'", diagnostic.GetProperty("message").GetString());
        Assert.Equal("did you mean 'lead'?", diagnostic.GetProperty("hint").GetString());
        Assert.Equal(file, diagnostic.GetProperty("file").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(9, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        Assert.False(root.GetProperty("written").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, root.GetProperty("notes").ValueKind);
        Assert.Contains(root.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "parse");
        // Indented, as people read it too.
        Assert.StartsWith("{\n  \"diagnostics\": [", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ReportsErrorsInMsBuildFormatUnderTheSitePathAndExitsOne()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", PageWithUnknownRole);
        var parent = Path.GetDirectoryName(site.Root)!;
        var name = Path.GetFileName(site.Root);

        var (exit, _, stderr) = Run(parent, "build", name);

        Assert.Equal(1, exit);
        Assert.Contains($"{name}/pages/guide.md(4,9): error SG3001: unknown role 'laed'; did you mean 'lead'?", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void BadUsageExitsTwo()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Run(site.Root, "build", "--no-such-option");

        Assert.Equal(2, exit);
        Assert.Contains("--no-such-option", stderr);
    }

    [Fact]
    public void MissingSiteFolderIsADiagnosticNotACrash()
    {
        var (exit, _, stderr) = Run(Folders.NewTemp(), "build", "no-such-folder");

        Assert.Equal(1, exit);
        Assert.Contains("SG1004", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task ServeTakesNoSettingsFromTheFolderItIsStartedInAndWatchesNoneOfItsFolders()
    {
        using var site = new TestSite();
        var folder = Folders.NewTemp();
        for (var i = 0; i < 600; i++) Directory.CreateDirectory(Path.Combine(folder, $"built-{i}"));
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://127.0.0.1:1" } } } }""");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "serve", site.Root, "--port", "0" }) start.ArgumentList.Add(arg);
        var (process, url) = await ServeProcess.StartAsync(start);
        using var _ = process;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Assert.Contains("Guide", await http.GetStringAsync(new Uri(url, "guide/")));

            Assert.InRange(InotifyWatches.Of(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), 1, 100);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
