using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SiteGen.Build;
using SiteGen.Tests.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// `dotnet pack` makes .NET tool packages, one per platform with its code compiled ahead of time and a portable one; packing
/// again for this platform with Native AOT replaces its package with a native executable. Installing the packages gives a
/// `sitegen` command that is that executable, and it builds, reports and serves as the CLI does under .NET.
/// </summary>
public class ToolPackageTests
{
    /// <returns>The exit code, stdout and stderr together for messages, and stdout alone.</returns>
    private static (int ExitCode, string Output, string Stdout) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(900_000), $"{file} {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result, stdout.Result);
    }

    /// <summary>Whether an assembly carries native code compiled ahead of time (a ReadyToRun image) beside its IL.</summary>
    private static bool IsReadyToRun(Stream assembly)
    {
        using var reader = new PEReader(assembly);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static bool IsReadyToRun(ZipArchive package, string name) =>
        IsReadyToRun(new MemoryStream(ReadEntry(package.Entries.Single(e => e.Name == name))));

    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public async Task PackedToolInstallsNativeAndBuildsReportsAndServesAsTheCliDoes()
    {
        var work = Folders.NewTemp();
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        var project = Path.Combine(Folders.RepositoryRoot(), "src", "SiteGen.Cli", "SiteGen.Cli.csproj");
        // The platform as the packages name it, which a distribution's own build of .NET may not (ubuntu.24.04-x64).
        var platform = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
            RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var platforms = $"-p:ToolPackageRuntimeIdentifiers=\"{platform};any\"";
        var artifacts = Path.Combine(work, "artifacts");

        // Packing builds the CLI once for each platform. This machine's platform and the portable package are enough to
        // show both kinds, and the build goes to a folder of the test's own, away from the solution's bin and obj folders
        // that the other tests run from.
        var pack = Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "--artifacts-path", artifacts, platforms);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Equal(["SiteGen.0.1.0.nupkg", "SiteGen.any.0.1.0.nupkg", $"SiteGen.{platform}.0.1.0.nupkg"],
            Directory.GetFiles(packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var portable = ZipFile.OpenRead(Path.Combine(packages, "SiteGen.any.0.1.0.nupkg")))
            Assert.False(IsReadyToRun(portable, "SiteGen.dll"));
        using (var precompiled = ZipFile.OpenRead(Path.Combine(packages, $"SiteGen.{platform}.0.1.0.nupkg")))
            foreach (var name in new[] { "SiteGen.dll", "SiteGen.Cli.dll", "Markdig.dll", "Handlebars.dll" })
                Assert.True(IsReadyToRun(precompiled, name), $"{name} is not precompiled");

        var native = Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "--artifacts-path", artifacts, platforms,
            "-r", platform, "-p:PublishAot=true");
        Assert.True(native.ExitCode == 0, native.Output);
        using (var package = ZipFile.OpenRead(Path.Combine(packages, $"SiteGen.{platform}.0.1.0.nupkg")))
        {
            var files = package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.Name).ToList();
            Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
            Assert.Contains(OperatingSystem.IsWindows() ? "SiteGen.Cli.exe" : "SiteGen.Cli", files);
        }

        var install = Run("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "SiteGen");
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Empty(Directory.GetFiles(tools, "*.dll", SearchOption.AllDirectories));
        var sitegen = Path.Combine(tools, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");

        var example = Path.Combine(work, "example");
        var build = Run(sitegen, "build", Path.Combine(Folders.RepositoryRoot(), "content"), "--output", example);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(example, "roles", "cmo", "index.html")));
        Assert.True(File.Exists(Path.Combine(example, "_theme", "style.css")));

        // The native build reads the views without compiling code at run time: its pages are the same bytes, whether
        // SiteGen renders the theme or Handlebars.Net does.
        var site = Path.Combine(work, "fixture");
        Folders.Copy(Folders.Fixture("handbook"), site);
        AssertBuildsAsInProcess(sitegen, site, Path.Combine(work, "fixture-native"));
        TemplateEngineOutputTests.AddHandlebarsOnlyPartial(site);
        AssertBuildsAsInProcess(sitegen, site, Path.Combine(work, "fixture-handlebars-native"));
        // A view looped over as an object, and read with #with and lookup.
        var notFound = Path.Combine(site, "theme", "templates", "404.hbs");
        File.WriteAllText(notFound, "<article>{{#each this}}{{@key}}={{this}};{{/each}}{{#with this}}[{{Title}}]{{/with}}{{lookup this \"Language\"}}</article>\n");
        AssertBuildsAsInProcess(sitegen, site, Path.Combine(work, "fixture-object-native"));
        Assert.Contains("Title=Fixture Handbook;Description=", File.ReadAllText(Path.Combine(work, "fixture-object-native", "404.html")));

        AssertReportsJson(sitegen);
        await AssertServesAsync(sitegen, Path.Combine(Folders.RepositoryRoot(), "content"));
    }

    private static void AssertBuildsAsInProcess(string sitegen, string site, string output)
    {
        var built = Run(sitegen, "build", site, "--output", output, "--today", "2026-01-15");
        Assert.True(built.ExitCode == 0, built.Output);
        var expected = Path.Combine(Folders.NewTemp(), "out");
        var result = new SiteBuilder().Build(new BuildOptions(site, expected) { Today = new DateOnly(2026, 1, 15) });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        BuiltSite.AssertSame(BuiltSite.Files(expected), BuiltSite.Files(output));
    }

    private static void AssertReportsJson(string sitegen)
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", CliTests.PageWithUnknownRole);

        var (exit, output, stdout) = Run(sitegen, "build", site.Root, "--output", Path.Combine(Folders.NewTemp(), "out"), "--format", "json");

        Assert.True(exit == 1, output);
        CliTests.AssertUnknownRoleReport(stdout, Path.Combine(site.Root, "pages", "guide.md").Replace('\\', '/'));
    }

    /// <summary>The native server comes up, serves a page with the live-reload script and tells it the build is ready.</summary>
    private static async Task AssertServesAsync(string sitegen, string site)
    {
        var start = new ProcessStartInfo(sitegen) { RedirectStandardInput = true };
        foreach (var arg in new[] { "serve", site, "--port", "0" }) start.ArgumentList.Add(arg);
        var (process, url) = await ServeProcess.StartAsync(start);
        using var _ = process;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await http.GetStringAsync(new Uri(url, "roles/cmo/"));
            Assert.Contains("/__sitegen/live.js", page);
            using var events = await ServerEvents.OpenAsync(http, url);
            var (name, data) = await events.NextAsync();
            Assert.Equal("built", name);
            Assert.True(data.GetProperty("version").GetInt32() >= 1);
            Assert.Equal(0, data.GetProperty("errors").GetArrayLength());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
