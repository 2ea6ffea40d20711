using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Mistakes in the YAML of sitegen.yml and the data files: syntax, missing keys, wrong shapes, bad ids and unknown keys.
/// Every expected position was counted by hand from the fixture (1-based line and column); the comments give the count.
/// </summary>
public class YamlDiagnosticsTests
{
    // ---- SG2001: YAML syntax ----------------------------------------------------------------------------------------

    [Fact]
    public void UnclosedQuoteInRolesIsReportedAtTheOpeningQuote()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: "Team Lead
                summary: Leads the team.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // line 3 is '    title: "Team Lead': four spaces, 'title:' in columns 5-10, a space, the quote in column 12.
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/roles.yml", 3, 12);
        BuildAssert.IsError(error);
        Assert.False(result.Written);
    }

    [Fact]
    public void TabIndentationInRolesIsReportedAtTheTab()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", "roles:\n  - id: lead\n    title: Team Lead\n\tsummary: Leads the team.\n");
        // The tab is the first character of line 4.
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/roles.yml", 4, 1);
        Assert.False(result.Written);
    }

    [Fact]
    public void DuplicateKeyInLifecycleIsReportedAtTheSecondKey()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                title: Planning
                summary: Work is planned.
            """);
        // line 4: the second 'title' key starts in column 5.
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/lifecycle.yml", 4, 5);
        Assert.False(result.Written);
    }

    [Fact]
    public void UnderIndentedKeyInLifecycleIsReportedAtTheKey()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
               summary: Work is planned.
            """);
        // line 4: three spaces, so 'summary' starts in column 4 and belongs to no collection.
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/lifecycle.yml", 4, 4);
        Assert.False(result.Written);
    }

    [Fact]
    public void UnclosedQuoteInGlossaryIsReportedAtTheOpeningQuote()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                definition: 'A number that shows progress.
            """);
        // line 4: 'definition:' in columns 5-15, a space, the quote in column 17.
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/glossary.yml", 4, 17);
        Assert.False(result.Written);
    }

    [Fact]
    public void TabIndentationInGlossaryIsReportedAtTheTab()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", "terms:\n  - id: kpi\n    term: KPI\n\tdefinition: A number.\n");
        var result = site.Build();
        var error = BuildAssert.Single(result, DiagnosticCodes.YamlSyntax);
        DiagnosticAssert.At(error, "SG2001", "data/glossary.yml", 4, 1);
        Assert.False(result.Written);
    }

    [Fact]
    public void UnclosedQuoteInConfigIsReportedAtTheOpeningQuote()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", """
            title: "Test Handbook
            description: A handbook for tests
            base_url: /
            """);
        // line 1: 'title:' in columns 1-6, a space, the quote in column 8.
        var result = site.Build();
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG2001", "sitegen.yml", 1, 8);
    }

    [Fact]
    public void DuplicateKeyInConfigIsReportedAtTheSecondKey()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", """
            title: Test Handbook
            description: A handbook for tests
            base_url: /
            title: Another title
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2001", "sitegen.yml", 4, 1);
    }

    // ---- SG1001 / SG2002: missing files and keys -----------------------------------------------------------------------

    [Fact]
    public void MissingConfigIsReportedAndNothingIsWritten()
    {
        using var site = new TestSite();
        site.Delete("sitegen.yml");
        var result = site.Build();
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG1001", "sitegen.yml", 1, 1);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void ConfigWithoutTitleIsReported()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", """
            description: A handbook for tests
            base_url: /
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2002", "sitegen.yml", 1, 1);
        Assert.Contains("'title'", error.Message);
    }

    [Fact]
    public void RoleWithoutTitleIsReportedAtTheRole()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
              - id: intern
                summary: Learns the trade.
            """);
        // line 9: '  - id: intern'; the role's mapping starts at 'id' in column 5.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2002", "data/roles.yml", 9, 5);
        Assert.Contains("'title'", error.Message);
        Assert.Contains("intern", error.Message);
    }

    [Fact]
    public void StageWithoutIdIsReportedAtTheStage()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                summary: Work is planned.
                activities:
                  - id: research
                    title: Research the market
                    responsible: [analyst]
                    accountable: lead
              - title: Review
                summary: Work is reviewed.
            """);
        // line 10: '  - title: Review'; the stage's mapping starts at 'title' in column 5.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2002", "data/lifecycle.yml", 10, 5);
        Assert.Contains("'id'", error.Message);
    }

    [Fact]
    public void ActivityWithoutTitleIsReportedAtTheActivity()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                summary: Work is planned.
                activities:
                  - id: research
                    title: Research the market
                    responsible: [analyst]
                    accountable: lead
                  - id: review
                    responsible: [analyst]
                    accountable: lead
            """);
        // line 10: '      - id: review'; the activity's mapping starts at 'id' in column 9.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2002", "data/lifecycle.yml", 10, 9);
        Assert.Contains("'title'", error.Message);
        Assert.Contains("review", error.Message);
    }

    [Fact]
    public void TermWithoutDefinitionIsReportedAtTheTerm()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                aliases: [Key performance indicator]
            """);
        // line 2: '  - id: kpi'; the term's mapping starts at 'id' in column 5, as for roles, stages and activities.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2002", "data/glossary.yml", 2, 5);
        Assert.Contains("'definition'", error.Message);
    }

    [Fact]
    public void GlossaryWithoutItsTermsListIsReported()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            term:
              - id: kpi
                term: KPI
                definition: A number.
            """);
        var result = site.Build();
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG2002", "data/glossary.yml", 1, 1);
        // The misspelt top-level key is also named, with the right spelling.
        var warning = BuildAssert.Single(result, DiagnosticCodes.UnknownKey);
        DiagnosticAssert.At(warning, "SG2004", "data/glossary.yml", 1, 1);
        BuildAssert.Suggests(warning, "terms");
    }

    // ---- SG2003 / SG2005: wrong shapes and bad ids ---------------------------------------------------------------------

    [Fact]
    public void ResponsibilitiesAsMappingIsReportedAtTheMapping()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                responsibilities:
                  plan: Plans the work
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // line 6: six spaces, the mapping starts at 'plan' in column 7.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2003", "data/roles.yml", 6, 7);
        Assert.Contains("responsibilities", error.Message);
    }

    [Fact]
    public void ResponsibilitiesAsFlowMappingIsReportedAtTheBrace()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                responsibilities: {plan: Plans the work}
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // line 5: 'responsibilities:' in columns 5-21, a space, '{' in column 23.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2003", "data/roles.yml", 5, 23);
    }

    [Fact]
    public void InvalidRoleIdIsReportedAtTheId()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
              - id: Bad Id
                title: Badly named
            """);
        // line 9: '  - id: Bad Id'; the value starts in column 9.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2005", "data/roles.yml", 9, 9);
        Assert.Contains("Bad Id", error.Message);
        Assert.Contains("bad-id", error.Hint);
    }

    [Fact]
    public void InvalidActivityIdIsReportedAtTheId()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                summary: Work is planned.
                activities:
                  - id: research
                    title: Research the market
                    responsible: [analyst]
                    accountable: lead
                  - id: Market_Review
                    title: Review the market
                    accountable: lead
            """);
        // line 10: '      - id: Market_Review'; the value starts in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2005", "data/lifecycle.yml", 10, 13);
    }

    // ---- SG2004: unknown keys are warnings ---------------------------------------------------------------------------

    [Fact]
    public void UnknownKeyInRolesIsAWarningWithSuggestionAndTheSiteIsWritten()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                sumary: Leads the team.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        DiagnosticAssert.At(warning, "SG2004", "data/roles.yml", 4, 5);
        BuildAssert.IsWarning(warning);
        BuildAssert.Suggests(warning, "summary");
        Assert.True(result.Written, BuildAssert.All(result));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void UnknownKeyInActivityIsAWarningWithSuggestion()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                summary: Work is planned.
                activities:
                  - id: research
                    title: Research the market
                    responsible: [analyst]
                    accountable: lead
                    consultd: [lead]
            """);
        // line 10: eight spaces, 'consultd' in column 9.
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        DiagnosticAssert.At(warning, "SG2004", "data/lifecycle.yml", 10, 9);
        BuildAssert.Suggests(warning, "consulted");
        Assert.True(result.Written, BuildAssert.All(result));
    }

    [Fact]
    public void UnknownKeyInConfigIsAWarningWithSuggestion()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", """
            title: Test Handbook
            description: A handbook for tests
            base_url: /
            languge: en
            """);
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        DiagnosticAssert.At(warning, "SG2004", "sitegen.yml", 4, 1);
        BuildAssert.IsWarning(warning);
        BuildAssert.Suggests(warning, "language");
        Assert.True(result.Written, BuildAssert.All(result));
    }
}
