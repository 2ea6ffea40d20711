using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// `dotnet pack` makes .NET tool packages, one per platform with its code compiled ahead of time and a portable one, and
/// installing them gives a working `sitegen` command that runs the precompiled code.
/// </summary>
public class ToolPackageTests
{
    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(600_000), $"{file} {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Whether an assembly carries native code compiled ahead of time (a ReadyToRun image) beside its IL.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Fact]
    public void PackedToolInstallsPrecompiledAndBuildsTheExample()
    {
        var work = Folders.NewTemp();
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        var project = Path.Combine(Folders.RepositoryRoot(), "src", "SiteGen.Cli", "SiteGen.Cli.csproj");
        // The platform as the packages name it, which a distribution's own build of .NET may not (ubuntu.24.04-x64).
        var platform = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
            RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

        // Packing builds the CLI once for each platform. This machine's platform and the portable package are enough to
        // show both kinds, and the build goes to a folder of the test's own, away from the solution's bin and obj folders
        // that the other tests run from.
        var pack = Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(work, "artifacts"),
            $"-p:RuntimeIdentifiers=\"{platform};any\"");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Equal(["SiteGen.0.1.0.nupkg", "SiteGen.any.0.1.0.nupkg", $"SiteGen.{platform}.0.1.0.nupkg"],
            Directory.GetFiles(packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var portable = Path.Combine(work, "portable");
        ZipFile.ExtractToDirectory(Path.Combine(packages, "SiteGen.any.0.1.0.nupkg"), portable);
        Assert.False(IsReadyToRun(Directory.GetFiles(portable, "SiteGen.dll", SearchOption.AllDirectories).Single()));

        var install = Run("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "SiteGen");
        Assert.True(install.ExitCode == 0, install.Output);
        var installed = Directory.GetFiles(tools, "*.dll", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "SiteGen.dll" or "SiteGen.Cli.dll" or "Markdig.dll" or "Handlebars.dll").ToList();
        Assert.Equal(4, installed.Count);
        Assert.All(installed, f => Assert.Contains(Path.DirectorySeparatorChar + platform + Path.DirectorySeparatorChar, f));
        Assert.All(installed, f => Assert.True(IsReadyToRun(f), $"{f} is not precompiled"));

        var output = Path.Combine(work, "site");
        var build = Run(Path.Combine(tools, "sitegen"), "build", Path.Combine(Folders.RepositoryRoot(), "content"), "--output", output);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(output, "roles", "cmo", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "_theme", "style.css")));
    }
}
