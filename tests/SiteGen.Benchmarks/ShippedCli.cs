using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Benchmarks;

/// <summary>
/// The CLI as its tool package installs it on this machine: published for this platform as native code (Native AOT), so the
/// timed builds start as a user's `sitegen` does rather than compiling every method first.
/// </summary>
internal static class ShippedCli
{
    /// <summary>Publishes the CLI into the work folder and returns the path of its executable.</summary>
    public static string Publish(string workFolder)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "SiteGen.Cli", "SiteGen.Cli.csproj");
        var folder = Path.Combine(workFolder, "cli");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", Platform, "-p:PublishAot=true", "-o", folder, "--nologo" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish {project} exited with {process.ExitCode}:\n{output.Result}{errors.Result}");
        return Path.Combine(folder, "SiteGen.Cli");
    }

    /// <summary>This machine's platform as the tool packages name it (the benchmark runs on Linux only).</summary>
    public static string Platform => "linux-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    /// <summary>The folder holding SiteGen.sln, above the folder the benchmark runs from.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}: run the benchmark from the repository");
    }
}
