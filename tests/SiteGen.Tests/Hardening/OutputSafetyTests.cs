using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hardening;

/// <summary>Never destroy data: the output folder is SiteGen's alone, a killed build never leaves a mix, two builds never interleave.</summary>
[Collection(HardeningCollection.Name)]
public class OutputSafetyTests
{
    /// <summary>A site big enough that writing it takes a while, so a kill can land in the middle of the emit.</summary>
    private static TestSite LargeSite(int pages)
    {
        var site = new TestSite();
        var body = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"## Part {i}\n\nThe [](role:lead) and the [](role:analyst) work on part {i} of this page."));
        for (var i = 0; i < pages; i++) site.Write($"pages/s{i % 20}/page-{i}.md", $"---\ntitle: Page {i}\n---\n{body}\n");
        return site;
    }

    /// <summary>An output folder a reader could be served: exactly the files of one build's manifest, each with that build's bytes.</summary>
    private static void AssertWholeBuild(string output)
    {
        var manifest = OutputManifest.TryRead(output);
        Assert.NotNull(manifest);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Where(f => f != OutputManifest.FileName && f != SiteGen.Build.BuildStamp.FileName).ToHashSet();
        Assert.Equal(manifest!.Hashes.Keys.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in manifest.Hashes)
            Assert.True(OutputManifest.Hash(File.ReadAllBytes(Path.Combine(output, path))) == hash, $"{path} does not match the manifest");
    }

    private static Process StartBuild(string site, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "build", site, "--output", output }) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    [Fact]
    public void RefusesAnOutputFolderWhereSomeoneAddedAFile()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        File.WriteAllText(Path.Combine(site.Output, "guide", "my-notes.txt"), "mine");
        Assert.True(site.Build().UpToDate);
        site.Write("pages/guide.md", TestSite.Page + "\nA change, so the site is written again.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputUnsafe, error.Code);
        Assert.Contains("guide/my-notes.txt", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Output, "guide", "my-notes.txt")));
    }

    [Fact]
    public void RecoversFromABuildKilledBetweenMovingTheOldSiteAwayAndTheNewOneIn()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var parent = Path.GetDirectoryName(site.Output)!;
        Directory.Move(site.Output, Path.Combine(parent, "._site.previous-4242"));
        Directory.CreateDirectory(Path.Combine(parent, "._site.staging-4242", "half"));

        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        AssertWholeBuild(site.Output);
        Assert.Empty(Directory.EnumerateDirectories(parent, "._site.*"));
    }

    [Fact]
    public void ABuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneAndTheNextBuildRecovers()
    {
        using var site = LargeSite(600);
        Assert.True(site.Build().Written);
        var random = new Random(7);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            site.Write("pages/s0/page-0.md", $"---\ntitle: Page 0\n---\nVersion {attempt}.\n");
            using var build = StartBuild(site.Root, site.Output);
            Thread.Sleep(random.Next(300, 2500));
            if (!build.HasExited) build.Kill(entireProcessTree: true);
            build.WaitForExit();

            if (Directory.Exists(site.Output)) AssertWholeBuild(site.Output);
            var next = site.Build();
            Assert.True(next.Written, string.Join("\n", next.Diagnostics));
            AssertWholeBuild(site.Output);
            Assert.Contains($"Version {attempt}.", site.ReadOutput("s0/page-0/index.html"));
        }
    }

    [Fact]
    public async Task TwoBuildsIntoTheSameOutputAtOnceNeverInterleave()
    {
        using var site = LargeSite(300);
        var output = Path.Combine(Folders.NewTemp(), "out");

        using var first = StartBuild(site.Root, output);
        using var second = StartBuild(site.Root, output);
        var outputs = new[] { first, second }.Select(p => (p, Text: p.StandardOutput.ReadToEndAsync(), Errors: p.StandardError.ReadToEndAsync())).ToList();
        foreach (var (process, text, errors) in outputs)
        {
            Assert.True(process.WaitForExit(180_000));
            Assert.True(process.ExitCode == 0, await text + await errors);
        }

        AssertWholeBuild(output);
    }
}
