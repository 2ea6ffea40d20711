using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small site written into a temporary folder from inline files. Starts from a valid minimal handbook; a test replaces or
/// adds the files it is about, builds, and looks at the diagnostics or the output.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string Config = """
        title: Test Handbook
        description: A handbook for tests
        base_url: /
        """;

    public const string Roles = """
        roles:
          - id: lead
            title: Team Lead
            summary: Leads the team.
          - id: analyst
            title: Analyst
            summary: Analyses things.
            reports_to: lead
        """;

    public const string Lifecycle = """
        stages:
          - id: plan
            title: Plan
            summary: Work is planned.
            activities:
              - id: research
                title: Research the market
                responsible: [analyst]
                accountable: lead
          - id: run
            title: Run
            summary: Work is done.
            activities:
              - id: report
                title: Report results
                responsible: [analyst]
                accountable: lead
                informed: [lead]
        """;

    public const string Glossary = """
        terms:
          - id: kpi
            term: KPI
            aliases: [Key performance indicator]
            definition: A number that shows progress.
        """;

    public const string Page = """
        ---
        title: Guide
        ---
        # Guide

        ## First steps

        Ask the [](role:lead).
        """;

    public TestSite(bool minimal = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (!minimal) return;
        Write("sitegen.yml", Config);
        Write("data/roles.yml", Roles);
        Write("data/lifecycle.yml", Lifecycle);
        Write("data/glossary.yml", Glossary);
        Write("pages/guide.md", Page);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public TestSite Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public BuildResult Build(string? output = null) => new SiteBuilder().Build(new BuildOptions(Root, output ?? Output));

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <summary>Builds and returns the one error the test is about, failing with every diagnostic shown when there is not exactly one.</summary>
    public Diagnostic SingleError()
    {
        var result = Build();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{string.Join("\n", result.Diagnostics)}");
        return errors[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
