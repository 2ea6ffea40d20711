using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`dotnet pack` makes a .NET tool package, and installing it gives a working `sitegen` command.</summary>
public class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), $"{file} {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void PackedToolInstallsAndBuildsTheExample()
    {
        var work = Folders.NewTemp();
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        var project = Path.Combine(Folders.RepositoryRoot(), "src", "SiteGen.Cli", "SiteGen.Cli.csproj");

        // The test run has just built the CLI in this configuration, so packing needs no second build.
        var pack = Run("dotnet", "pack", project, "--no-build", "-c", Configuration, "-o", packages);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var install = Run("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "SiteGen");
        Assert.True(install.ExitCode == 0, install.Output);

        var output = Path.Combine(work, "site");
        var build = Run(Path.Combine(tools, "sitegen"), "build", Path.Combine(Folders.RepositoryRoot(), "content"), "--output", output);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(output, "roles", "cmo", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "_theme", "style.css")));
    }
}
