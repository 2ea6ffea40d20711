using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Ids in the data files: duplicates, references to ids that do not exist (with the nearest id suggested), reporting
/// cycles and the one-accountable rule. Positions are counted by hand; the comments give the count.
/// </summary>
public class ReferenceDiagnosticsTests
{
    // ---- SG2006: duplicate ids --------------------------------------------------------------------------------------

    [Fact]
    public void DuplicateRoleIdIsReportedAtTheSecondAndNamesTheFirst()
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
              - id: lead
                title: Second Lead
            """);
        // lines 2 and 9: '  - id: lead', the value in column 9.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2006", "data/roles.yml", 9, 9);
        Assert.Contains("data/roles.yml(2,9)", BuildAssert.Text(error));
    }

    [Fact]
    public void DuplicateStageIdIsReportedAtTheSecondAndNamesTheFirst()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", TestSite.Lifecycle + """

              - id: plan
                title: Plan again
                summary: Planned twice.
            """);
        // TestSite.Lifecycle has 18 lines, so the second '  - id: plan' is line 19; both values are in column 9.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2006", "data/lifecycle.yml", 19, 9);
        Assert.Contains("data/lifecycle.yml(2,9)", BuildAssert.Text(error));
    }

    [Fact]
    public void DuplicateActivityIdAcrossStagesIsReportedAtTheSecondAndNamesTheFirst()
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
              - id: run
                title: Run
                summary: Work is done.
                activities:
                  - id: research
                    title: Research again
                    responsible: [analyst]
                    accountable: lead
            """);
        // lines 6 and 14: '      - id: research', the value in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2006", "data/lifecycle.yml", 14, 13);
        Assert.Contains("data/lifecycle.yml(6,13)", BuildAssert.Text(error));
    }

    [Fact]
    public void DuplicateActivityIdInOneStageIsReportedAtTheSecondAndNamesTheFirst()
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
                  - id: research
                    title: Research it again
                    accountable: lead
            """);
        // lines 6 and 10: '      - id: research', the value in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2006", "data/lifecycle.yml", 10, 13);
        Assert.Contains("data/lifecycle.yml(6,13)", BuildAssert.Text(error));
    }

    [Fact]
    public void DuplicateTermIdIsReportedAtTheSecondAndNamesTheFirst()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                definition: A number that shows progress.
              - id: kpi
                term: Key figure
                definition: Another number.
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG2006", "data/glossary.yml", 5, 9);
        Assert.Contains("data/glossary.yml(2,9)", BuildAssert.Text(error));
    }

    // ---- SG3001: unknown role ids in the data -----------------------------------------------------------------------

    [Fact]
    public void UnknownReportsToIsReportedAtTheValueWithSuggestion()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", TestSite.Roles.Replace("reports_to: lead", "reports_to: leed"));
        // line 8: '    reports_to: leed'; 'reports_to:' in columns 5-15, a space, the value in column 17.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/roles.yml", 8, 17);
        Assert.Contains("'leed'", error.Message);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void UnknownResponsibleIsReportedAtTheItemWithSuggestion()
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
                    responsible: [analist]
                    accountable: lead
            """);
        // line 8: eight spaces, 'responsible:' in columns 9-20, a space, '[' in 22, the id in column 23.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 8, 23);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void UnknownResponsibleInBlockListIsReportedAtTheItem()
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
                    responsible:
                      - lead
                      - analist
                    accountable: lead
            """);
        // line 10: ten spaces, '- ', the id in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 10, 13);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void UnknownAccountableIsReportedAtTheValueWithSuggestion()
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
                    accountable: leed
            """);
        // line 9: eight spaces, 'accountable:' in columns 9-20, a space, the value in column 22.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 9, 22);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void UnknownConsultedIsReportedAtTheSecondItemWithSuggestion()
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
                    consulted: [lead, analist]
            """);
        // line 10: eight spaces, 'consulted:' in 9-18, a space, '[' in 20, 'lead' in 21-24, ', ', 'analist' in column 27.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 10, 27);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void UnknownInformedIsReportedAtTheItemWithSuggestion()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", TestSite.Lifecycle.Replace("informed: [lead]", "informed: [leed]"));
        // line 18 (the last of TestSite.Lifecycle): eight spaces, 'informed:' in 9-17, a space, '[' in 19, the id in column 20.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 18, 20);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void UnknownRoleFarFromAnyIdHasNoMisleadingSuggestion()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", TestSite.Lifecycle.Replace("informed: [lead]", "informed: [procurement-officer]"));
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/lifecycle.yml", 18, 20);
        Assert.DoesNotContain("did you mean", BuildAssert.Text(error));
    }

    // ---- SG3007: reporting cycles -----------------------------------------------------------------------------------

    [Fact]
    public void TwoRolesReportingToEachOtherAreOneCycle()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                reports_to: analyst
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // Reported once, at the first role of the cycle in file order: line 5, the value in column 17.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3007", "data/roles.yml", 5, 17);
        Assert.Contains("lead", error.Message);
        Assert.Contains("analyst", error.Message);
    }

    [Fact]
    public void RoleReportingToItselfIsACycle()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                reports_to: lead
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3007", "data/roles.yml", 5, 17);
        Assert.Contains("lead", error.Message);
    }

    [Fact]
    public void LongCycleIsReportedOnceAtItsFirstRoleNotAtARoleLeadingIntoIt()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                reports_to: manager
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: manager
              - id: manager
                title: Manager
                summary: Manages.
                reports_to: director
              - id: director
                title: Director
                summary: Directs.
                reports_to: manager
            """);
        // lead and analyst report into the cycle manager → director → manager but are not on it; the cycle's first role
        // in file order is manager, whose reports_to value is on line 13, column 17.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3007", "data/roles.yml", 13, 17);
        Assert.Contains("manager", error.Message);
        Assert.Contains("director", error.Message);
        Assert.DoesNotContain("analyst", error.Message);
    }

    // ---- SG3008: exactly one accountable role ------------------------------------------------------------------------

    [Fact]
    public void ActivityWithoutAccountableIsReportedAtTheActivityId()
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
            """);
        // line 6: '      - id: research', the id in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3008", "data/lifecycle.yml", 6, 13);
        Assert.Contains("research", error.Message);
    }

    [Fact]
    public void ActivityWithTwoAccountableIsReportedAtTheSecond()
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
                    accountable: [lead, analyst]
            """);
        // line 9: 'accountable:' in 9-20, a space, '[' in 22, 'lead' in 23-26, ', ', 'analyst' in column 29.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3008", "data/lifecycle.yml", 9, 29);
    }

    [Fact]
    public void MisspeltAccountableKeyWarnsAndReportsTheMissingAccountable()
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
                    acountable: lead
            """);
        var result = site.Build();
        var warning = BuildAssert.Single(result, DiagnosticCodes.UnknownKey);
        DiagnosticAssert.At(warning, "SG2004", "data/lifecycle.yml", 9, 9);
        BuildAssert.Suggests(warning, "accountable");
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG3008", "data/lifecycle.yml", 6, 13);
    }
}
