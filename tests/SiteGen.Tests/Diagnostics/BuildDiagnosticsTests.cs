using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>Whole-build behaviour around mistakes: one run reports every problem, nothing is written, nothing throws.</summary>
public class BuildDiagnosticsTests
{
    [Fact]
    public void OneRunReportsAProblemInEachOfThreeFiles()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: "KPI
                definition: A number that shows progress.
            """);
        site.Write("data/lifecycle.yml", TestSite.Lifecycle.Replace("informed: [lead]", "informed: [leed]"));
        site.Write("pages/guide.md", """
            ---
            title: Guide
            ---
            # Guide

            Read the [policy](policies/pricing.md).
            """);
        var result = site.Build();

        // Sorted by file: data/glossary.yml, data/lifecycle.yml, pages/guide.md.
        Assert.True(result.Diagnostics.Count == 3, BuildAssert.All(result));
        DiagnosticAssert.At(result.Diagnostics[0], "SG2001", "data/glossary.yml", 3, 11);
        DiagnosticAssert.At(result.Diagnostics[1], "SG3001", "data/lifecycle.yml", 18, 20);
        DiagnosticAssert.At(result.Diagnostics[2], "SG3005", "pages/guide.md", 6, 10);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(3, result.ErrorCount);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void ErrorsInEveryStageAreReportedTogether()
    {
        using var site = new TestSite();
        // Parse: an invalid date. Bind: a duplicate role. Link: an unknown term. Theme: a broken template.
        site.Write("data/roles.yml", TestSite.Roles + """

              - id: analyst
                title: Analyst again
            """);
        site.Write("pages/guide.md", """
            ---
            title: Guide
            review_by: 2026-02-30
            ---
            # Guide

            A [](term:kpii) matters.
            """);
        site.Write("theme/templates/page.hbs", "{{#if Title}}<h1>");
        var result = site.Build();

        Assert.True(result.Diagnostics.Count == 4, BuildAssert.All(result));
        DiagnosticAssert.At(BuildAssert.Single(result, "SG2006"), "SG2006", "data/roles.yml", 9, 9);
        DiagnosticAssert.At(BuildAssert.Single(result, "SG2008"), "SG2008", "pages/guide.md", 3, 12);
        DiagnosticAssert.At(BuildAssert.Single(result, "SG3004"), "SG3004", "pages/guide.md", 7, 3);
        DiagnosticAssert.At(BuildAssert.Single(result, "SG4001"), "SG4001", "theme/templates/page.hbs", 1, 1);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void WarningsAloneDoNotStopTheBuild()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", TestSite.Glossary + "\n    notes: Measured monthly.");
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        DiagnosticAssert.At(warning, "SG2004", "data/glossary.yml", 6, 5);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.False(result.HasErrors);
        Assert.True(result.Written);
        Assert.True(File.Exists(Path.Combine(site.Output, "guide", "index.html")));
    }

    /// <summary>Odd inputs: each must come back as diagnostics, never as an exception out of the build.</summary>
    public static TheoryData<string, string, string> OddInputs => new()
    {
        { "empty roles file", "data/roles.yml", "" },
        { "roles is a number", "data/roles.yml", "roles: 5" },
        { "role is a string", "data/roles.yml", "roles:\n  - just a string\n" },
        { "roles file is a list", "data/roles.yml", "- id: lead\n" },
        { "stages item with null id", "data/lifecycle.yml", "stages:\n  - id:\n    title: Plan\n" },
        { "activities is a string", "data/lifecycle.yml", "stages:\n  - id: plan\n    title: Plan\n    activities: none\n" },
        { "accountable is a mapping", "data/lifecycle.yml", "stages:\n  - id: plan\n    title: Plan\n    activities:\n      - id: a\n        title: A\n        accountable: {x: y}\n" },
        { "config is a list", "sitegen.yml", "- title\n" },
        { "config is empty", "sitegen.yml", "" },
        { "page is only an opening fence", "pages/guide.md", "---" },
        { "page with empty front matter", "pages/guide.md", "---\n---\n# Guide\n" },
        { "page front matter is a list", "pages/guide.md", "---\n- title\n---\n# Guide\n" },
        { "page with an anchor-only link", "pages/guide.md", "---\ntitle: Guide\n---\n[x](#)\n[y](role:)\n[z]()\n" },
        { "page with a link out of the site", "pages/guide.md", "---\ntitle: Guide\n---\n[x](../../../etc/passwd)\n" },
        { "yaml alias bomb", "data/glossary.yml", "a: &a [x, x]\nb: &b [*a, *a]\nterms: [*b]\n" },
        { "template with a stray close", "theme/templates/page.hbs", "{{/if}}" },
        { "template with an unclosed mustache", "theme/templates/layout.hbs", "<html>{{Title" },
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void OddInputsGiveDiagnosticsNotExceptions(string name, string path, string content)
    {
        using var site = new TestSite();
        site.Write(path, content);
        var result = new SiteBuilder().Build(new BuildOptions(site.Root, site.Output));
        Assert.True(result.HasErrors, $"{name}: expected at least one error\n{BuildAssert.All(result)}");
        Assert.False(result.Written);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{name}: a diagnostic without a message"));
    }
}
