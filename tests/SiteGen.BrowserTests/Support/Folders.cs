using System.Runtime.CompilerServices;

namespace SiteGen.BrowserTests.Support;

public static class Folders
{
    /// <summary>The repository's top folder, found from this source file's place in it, so the tests work from any working folder.</summary>
    public static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    /// <summary>The example handbook that the tests build and browse.</summary>
    public static string Content => Path.Combine(RepositoryRoot(), "content");

    /// <summary>axe-core as npm installs it (test.sh runs npm install when it is missing).</summary>
    public static string AxeScript => Path.Combine(RepositoryRoot(), "tests", "SiteGen.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where screenshots go: SITEGEN_SCREENSHOTS when set, else TestResults/screenshots beside the test assembly.</summary>
    public static string Screenshots =>
        Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
}
